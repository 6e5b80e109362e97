package io.kawat.enrich.internal.keyword;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rolling corpus of keyword extraction: document frequencies per language, kept in memory and bounded.
 *
 * <p>Why in memory rather than in a state store: IDF only needs to be roughly right, the corpus is rebuilt within a
 * few thousand stories after a restart, and keeping it out of the changelog saves a write per term per story. The
 * cost is that keywords of the first stories after a restart lean on term frequency alone. Bounds: when a language
 * reaches {@link #halfLife} documents or {@link #maxTerms} distinct terms, every count is halved and terms that
 * reach zero are dropped, so old stories fade and memory stays under about 100 bytes per term. Thread-safe.
 */
public final class DocumentFrequencies {

    private final int halfLife;
    private final int maxTerms;
    private final Map<String, Corpus> corpora = new ConcurrentHashMap<>();

    public DocumentFrequencies(int halfLife, int maxTerms) {
        this.halfLife = halfLife;
        this.maxTerms = maxTerms;
    }

    /** Adds one document's distinct terms and returns the IDF of each, the document itself included. */
    public Map<String, Double> addAndWeigh(String language, Set<String> terms) {
        return corpora.computeIfAbsent(language, l -> new Corpus()).addAndWeigh(terms);
    }

    private final class Corpus {
        private final Map<String, Integer> df = new HashMap<>();
        private int documents;

        synchronized Map<String, Double> addAndWeigh(Set<String> terms) {
            if (documents >= halfLife || df.size() + terms.size() > maxTerms) {
                halve();
            }
            documents++;
            Map<String, Double> idf = new HashMap<>();
            for (String t : terms) {
                int n = df.merge(t, 1, Integer::sum);
                idf.put(t, Math.log((documents + 1.0) / n) + 1.0);
            }
            return idf;
        }

        private void halve() {
            documents /= 2;
            df.replaceAll((t, n) -> n / 2);
            df.values().removeIf(n -> n == 0);
        }
    }
}
