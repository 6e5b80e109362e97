package io.kawat.enrich.internal.eval;

import java.util.Locale;

/** True/false positives and false negatives with precision, recall and F1. */
final class Counts {

    int tp;
    int fp;
    int fn;

    double precision() {
        return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    double recall() {
        return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    String row(String name) {
        return String.format(
                Locale.ROOT,
                "| %s | %d | %d | %d | %.3f | %.3f | %.3f |",
                name,
                tp,
                fp,
                fn,
                precision(),
                recall(),
                f1());
    }
}
