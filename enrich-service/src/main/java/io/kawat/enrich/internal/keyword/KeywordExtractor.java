package io.kawat.enrich.internal.keyword;

import io.kawat.enrich.internal.text.TermAnalyzer.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Top terms of a story by TF-IDF over the rolling corpus.
 *
 * <p>Terms come from the language's Lucene analyzer (stop words removed, stemmed). Words that belong to an entity
 * mention skip the stemmer: they are counted by their own form and shown as written ("Stoltenberg", "NATO"), because
 * stemmers mangle names (IndonesianAnalyzer turns "Medan" into "med"). Other terms are shown as their most frequent
 * lower-case word. Headline words count twice; score = (1 + ln tf) × idf. Thread-safe.
 */
public final class KeywordExtractor {

    /** Keywords per story. */
    public static final int MAX_KEYWORDS = 10;

    private final DocumentFrequencies frequencies;

    public KeywordExtractor(DocumentFrequencies frequencies) {
        this.frequencies = frequencies;
    }

    /**
     * Keywords of a text, best first.
     *
     * @param text the analysed text (headline first)
     * @param headlineEnd length of the headline at the start of the text
     * @param terms the text's Lucene terms
     * @param nameWords words of entity mentions, as written
     */
    public List<String> extract(
            String text, int headlineEnd, List<Term> terms, Set<String> nameWords, String language) {
        Map<String, Integer> tf = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> forms = new HashMap<>();
        for (Term term : terms) {
            String surface = stripPossessive(text.substring(term.start(), term.end()));
            boolean name = nameWords.contains(surface);
            String key = name ? "n:" + surface.toLowerCase(Locale.ROOT) : term.stem();
            if (!keep(surface)) {
                continue;
            }
            tf.merge(key, term.start() < headlineEnd ? 2 : 1, Integer::sum);
            String shown = name ? surface : surface.toLowerCase(Locale.ROOT);
            forms.computeIfAbsent(key, k -> new HashMap<>()).merge(shown, 1, Integer::sum);
        }
        Map<String, Double> idf = frequencies.addAndWeigh(language, tf.keySet());
        List<Map.Entry<String, Double>> scored = new ArrayList<>();
        for (Map.Entry<String, Integer> e : tf.entrySet()) {
            scored.add(Map.entry(e.getKey(), (1 + Math.log(e.getValue())) * idf.get(e.getKey())));
        }
        scored.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Double> e : scored) {
            String shown = bestForm(forms.get(e.getKey()));
            if (!out.contains(shown)) {
                out.add(shown);
            }
            if (out.size() == MAX_KEYWORDS) {
                break;
            }
        }
        return out;
    }

    private static boolean keep(String surface) {
        boolean unspaced = surface.codePoints().anyMatch(Character::isIdeographic);
        return (unspaced || surface.length() >= 3)
                && !surface.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ',');
    }

    private static String bestForm(Map<String, Integer> forms) {
        return forms.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow()
                .getKey();
    }

    private static String stripPossessive(String word) {
        return word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
    }
}
