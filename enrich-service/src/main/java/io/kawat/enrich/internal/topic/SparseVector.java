package io.kawat.enrich.internal.topic;

import java.util.Map;

/**
 * A sparse feature vector: parallel arrays of feature index and value.
 *
 * @param indices feature indices
 * @param values their values
 */
public record SparseVector(int[] indices, double[] values) {

    /** The L2-normalised (1 + ln tf) * idf vector of the stems the index knows; empty when none is known. */
    public static SparseVector tfIdf(Map<String, Integer> tf, Map<String, Integer> index, double[] idf) {
        int[] ix = new int[tf.size()];
        double[] vs = new double[tf.size()];
        int n = 0;
        double norm = 0;
        for (Map.Entry<String, Integer> e : tf.entrySet()) {
            Integer i = index.get(e.getKey());
            if (i != null) {
                double v = (1 + Math.log(e.getValue())) * idf[i];
                ix[n] = i;
                vs[n++] = v;
                norm += v * v;
            }
        }
        double scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
        int[] outIx = new int[n];
        double[] outVs = new double[n];
        for (int k = 0; k < n; k++) {
            outIx[k] = ix[k];
            outVs[k] = vs[k] * scale;
        }
        return new SparseVector(outIx, outVs);
    }
}
