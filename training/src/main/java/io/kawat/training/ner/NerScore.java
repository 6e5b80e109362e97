package io.kawat.training.ner;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * CoNLL scorer semantics: a mention counts only with the exact span and type; precision, recall and F1 per type and
 * micro-averaged. Also used for document-level sets (a name's type and case-folded text once per document).
 */
public final class NerScore {

    /** A scored item: a span (or a name) and its type. */
    public record Item(String key, String type) {}

    private final Map<String, int[]> counts = new TreeMap<>(); // type -> tp, fp, fn

    /** Adds one document: its gold and predicted items. */
    public void add(Set<Item> gold, Set<Item> predicted) {
        Set<Item> hit = new HashSet<>(gold);
        hit.retainAll(predicted);
        for (Item i : hit) {
            counts(i.type())[0]++;
        }
        for (Item i : predicted) {
            if (!hit.contains(i)) {
                counts(i.type())[1]++;
            }
        }
        for (Item i : gold) {
            if (!hit.contains(i)) {
                counts(i.type())[2]++;
            }
        }
    }

    private int[] counts(String type) {
        return counts.computeIfAbsent(type, t -> new int[3]);
    }

    /** Micro F1 over all types. */
    public double f1() {
        int[] all = total();
        return f1(all);
    }

    public double precision() {
        int[] all = total();
        return ratio(all[0], all[0] + all[1]);
    }

    public double recall() {
        int[] all = total();
        return ratio(all[0], all[0] + all[2]);
    }

    /** F1 of one type (0 when it never occurs). */
    public double f1(String type) {
        return f1(counts.getOrDefault(type, new int[3]));
    }

    /** Number of gold items of a type. */
    public int gold(String type) {
        int[] c = counts.getOrDefault(type, new int[3]);
        return c[0] + c[2];
    }

    private int[] total() {
        int[] all = new int[3];
        for (int[] c : counts.values()) {
            for (int k = 0; k < 3; k++) {
                all[k] += c[k];
            }
        }
        return all;
    }

    private static double f1(int[] c) {
        double p = ratio(c[0], c[0] + c[1]);
        double r = ratio(c[0], c[0] + c[2]);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    static String f(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
