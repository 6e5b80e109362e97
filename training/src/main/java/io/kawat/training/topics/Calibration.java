package io.kawat.training.topics;

import io.kawat.enrich.internal.topic.TopicModel;

/** Platt scaling and threshold choice on a dev split. */
final class Calibration {

    private Calibration() {}

    /**
     * Fits p = 1 / (1 + exp(a * s + b)) to raw scores s and binary targets by Newton's method on the log loss, with
     * Platt's smoothed targets (so a separable dev split does not push a to infinity). Returns {a, b}; a is forced
     * negative so the probability rises with the score.
     */
    static double[] platt(double[] scores, boolean[] positive) {
        int pos = 0;
        for (boolean p : positive) {
            pos += p ? 1 : 0;
        }
        int neg = positive.length - pos;
        double hi = (pos + 1.0) / (pos + 2.0);
        double lo = 1.0 / (neg + 2.0);
        double a = 0;
        double b = Math.log((neg + 1.0) / (pos + 1.0));
        for (int iter = 0; iter < 100; iter++) {
            double gA = 0;
            double gB = 0;
            double hAA = 1e-12;
            double hAB = 0;
            double hBB = 1e-12;
            for (int i = 0; i < scores.length; i++) {
                double t = positive[i] ? hi : lo;
                double p = TopicModel.platt(a, b, scores[i]);
                // d(logloss)/d(a*s+b) = t - p for p = 1/(1+exp(z))
                double d = t - p;
                double w = p * (1 - p);
                gA += d * scores[i];
                gB += d;
                hAA += w * scores[i] * scores[i];
                hAB += w * scores[i];
                hBB += w;
            }
            double det = hAA * hBB - hAB * hAB;
            if (Math.abs(det) < 1e-18) {
                break;
            }
            double dA = (hBB * gA - hAB * gB) / det;
            double dB = (hAA * gB - hAB * gA) / det;
            a -= dA;
            b -= dB;
            if (Math.abs(dA) < 1e-9 && Math.abs(dB) < 1e-9) {
                break;
            }
        }
        return new double[] {Math.min(a, -1e-3), b};
    }

    /** The probability threshold with the best F1 on the dev split, at least {@code floor}. */
    static double bestThreshold(double[] probabilities, boolean[] positive, double floor) {
        double best = floor;
        double bestF1 = -1;
        for (int step = 0; step <= 70; step++) {
            double th = floor + step * 0.01;
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < probabilities.length; i++) {
                boolean predicted = probabilities[i] >= th;
                if (predicted && positive[i]) {
                    tp++;
                } else if (predicted) {
                    fp++;
                } else if (positive[i]) {
                    fn++;
                }
            }
            double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
            if (f1 > bestF1) {
                bestF1 = f1;
                best = th;
            }
        }
        return Math.round(best * 100) / 100.0;
    }
}
