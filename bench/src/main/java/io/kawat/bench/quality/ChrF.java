package io.kawat.bench.quality;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * chrF as sacreBLEU 2.x computes it ({@code sacrebleu.metrics.CHRF}, Popović 2015): character n-grams of orders 1 to
 * {@code charOrder} over the text with its whitespace removed, statistics summed over the corpus, per order precision
 * and recall, then F-beta of their averages over the orders both sides have ("effective order", the default), or the
 * chrF++.py average of per-order F-beta with epsilon smoothing. With several references a segment keeps the
 * statistics of the reference that scores best. Defaults: {@code chrF2} (order 6, beta 2, no word n-grams).
 */
public final class ChrF {
    private static final double EPS = 1e-16;

    private final int charOrder;
    private final double beta;
    private final boolean epsSmoothing;

    public ChrF(int charOrder, double beta, boolean epsSmoothing) {
        this.charOrder = charOrder;
        this.beta = beta;
        this.epsSmoothing = epsSmoothing;
    }

    /** sacreBLEU's default chrF2. */
    public static ChrF standard() {
        return new ChrF(6, 2, false);
    }

    /** Corpus chrF of hypotheses against one or more reference streams (each as long as the hypotheses). */
    public double corpus(List<String> hypotheses, List<List<String>> referenceStreams) {
        long[] total = new long[3 * charOrder];
        for (int i = 0; i < hypotheses.size(); i++) {
            long[] best = null;
            double bestScore = -1;
            for (List<String> stream : referenceStreams) {
                long[] stats = statistics(hypotheses.get(i), stream.get(i));
                double score = fScore(stats);
                if (score > bestScore) {
                    best = stats;
                    bestScore = score;
                }
            }
            for (int k = 0; k < total.length; k++) {
                total[k] += best[k];
            }
        }
        return fScore(total);
    }

    /** Sentence chrF against its references. */
    public double sentence(String hypothesis, List<String> references) {
        return corpus(List.of(hypothesis), references.stream().map(List::of).toList());
    }

    long[] statistics(String hypothesis, String reference) {
        String hyp = withoutWhitespace(hypothesis);
        String ref = withoutWhitespace(reference);
        long[] stats = new long[3 * charOrder];
        for (int n = 1; n <= charOrder; n++) {
            Map<String, Integer> h = ngrams(hyp, n);
            Map<String, Integer> r = ngrams(ref, n);
            long matches = 0;
            for (Map.Entry<String, Integer> e : h.entrySet()) {
                matches += Math.min(e.getValue(), r.getOrDefault(e.getKey(), 0));
            }
            stats[3 * (n - 1)] = Math.max(0, hyp.codePointCount(0, hyp.length()) - n + 1);
            stats[3 * (n - 1) + 1] = Math.max(0, ref.codePointCount(0, ref.length()) - n + 1);
            stats[3 * (n - 1) + 2] = matches;
        }
        return stats;
    }

    double fScore(long[] stats) {
        double factor = beta * beta;
        double score = 0;
        double avgPrecision = 0;
        double avgRecall = 0;
        int effectiveOrder = 0;
        for (int i = 0; i < charOrder; i++) {
            long hyp = stats[3 * i];
            long ref = stats[3 * i + 1];
            long match = stats[3 * i + 2];
            double precision = hyp > 0 ? (double) match / hyp : EPS;
            double recall = ref > 0 ? (double) match / ref : EPS;
            double denominator = factor * precision + recall;
            score += denominator > 0 ? (1 + factor) * precision * recall / denominator : EPS;
            if (hyp > 0 && ref > 0) {
                avgPrecision += precision;
                avgRecall += recall;
                effectiveOrder++;
            }
        }
        if (epsSmoothing) {
            return 100 * score / charOrder;
        }
        if (effectiveOrder == 0) {
            return 0;
        }
        avgPrecision /= effectiveOrder;
        avgRecall /= effectiveOrder;
        if (avgPrecision + avgRecall == 0) {
            return 0;
        }
        return 100 * (1 + factor) * avgPrecision * avgRecall / (factor * avgPrecision + avgRecall);
    }

    /** Python's {@code ''.join(s.split())}: every Unicode whitespace run removed. */
    private static String withoutWhitespace(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Character n-grams by code point, as Python slices a str. */
    private static Map<String, Integer> ngrams(String s, int n) {
        int[] cps = s.codePoints().toArray();
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= cps.length; i++) {
            counts.merge(new String(cps, i, n), 1, Integer::sum);
        }
        return counts;
    }
}
