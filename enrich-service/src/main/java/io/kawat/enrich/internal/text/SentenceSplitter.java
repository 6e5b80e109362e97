package io.kawat.enrich.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into sentences at '.', '!', '?' (and the CJK full stops) followed by a space and a capital,
 * digit or quote, except after common abbreviations ("Mr.", "U.S.", "Jan.") and single-letter initials.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt",
            "inc", "corp", "ltd", "co", "no", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "e.u", "jan", "feb",
            "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "bpk", "sdr", "h", "hj", "ir", "drs",
            "m.sc", "sra", "dña", "mme", "mlle", "hr", "fr", "nr", "bzw", "ca", "approx", "est", "mt", "ft", "rev",
            "a.s");

    /** Sentences of one paragraph, trimmed. */
    public List<String> split(String paragraph) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = paragraph.length();
        for (int i = 0; i < n; i++) {
            char c = paragraph.charAt(i);
            if (c == '。' || c == '！' || c == '？') {
                add(out, paragraph.substring(start, i + 1));
                start = i + 1;
            } else if ((c == '.' || c == '!' || c == '?') && isBoundary(paragraph, i)) {
                int end = i + 1;
                while (end < n && isCloser(paragraph.charAt(end))) {
                    end++;
                }
                add(out, paragraph.substring(start, end));
                start = end;
                i = end - 1;
            }
        }
        add(out, paragraph.substring(start));
        return out;
    }

    private static boolean isBoundary(String s, int i) {
        int j = i + 1;
        while (j < s.length() && isCloser(s.charAt(j))) {
            j++;
        }
        if (j >= s.length() || !Character.isWhitespace(s.charAt(j))) {
            return false;
        }
        while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
            j++;
        }
        if (j >= s.length()) {
            return true;
        }
        char next = s.charAt(j);
        boolean opens = Character.isUpperCase(next) || Character.isDigit(next) || "\"“‘'(¿¡«".indexOf(next) >= 0;
        return opens && (s.charAt(i) != '.' || !endsWithAbbreviation(s, i));
    }

    private static boolean endsWithAbbreviation(String s, int dot) {
        int k = dot;
        while (k > 0 && !Character.isWhitespace(s.charAt(k - 1)) && "(\"“".indexOf(s.charAt(k - 1)) < 0) {
            k--;
        }
        String word = s.substring(k, dot).toLowerCase(Locale.ROOT);
        return word.length() == 1 && Character.isLetter(word.charAt(0)) || ABBREVIATIONS.contains(word);
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == '»';
    }

    private static void add(List<String> out, String sentence) {
        String s = sentence.strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
