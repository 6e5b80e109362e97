package io.kawat.enrich.internal.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The analysed text with facts computed once: its words, which words the text also uses in lower case, and whether
 * the headline is in Title Case (then its capitals prove nothing).
 */
record Context(
        String text,
        String folded,
        String language,
        int headlineEnd,
        List<Token> tokens,
        Set<String> lowerWords,
        boolean titleCaseHeadline) {

    static Context of(String text, String language, int headlineEnd, Lexicon lexicon) {
        List<Token> tokens = Token.tokenize(text);
        Set<String> lower = new HashSet<>();
        int headlineWords = 0;
        int headlineCaps = 0;
        for (Token t : tokens) {
            if (!t.capitalised()) {
                lower.add(t.text().toLowerCase(Locale.ROOT));
            }
            if (t.start() < headlineEnd && !lexicon.isNotName(t.text(), language)
                    || t.start() < headlineEnd && t.capitalised()) {
                headlineWords++;
                headlineCaps += t.capitalised() ? 1 : 0;
            }
        }
        boolean titleCase = headlineWords >= 4 && headlineCaps >= 0.75 * headlineWords;
        return new Context(text, Fold.fold(text), language, headlineEnd, tokens, Set.copyOf(lower), titleCase);
    }

    boolean inTitleCaseHeadline(int offset) {
        return titleCaseHeadline && offset < headlineEnd;
    }
}
