package io.kawat.training.topics;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores of a topic classifier on gold stories: top-1 accuracy on the top-level family, multi-label micro and macro
 * F1 (predicted set: the distinct top-level topics of all returned tags; macro over the gold classes), and the top-1
 * confusion (gold x predicted, "none" when nothing was returned).
 */
final class TopicScores {

    static final String NONE = "none";

    final Set<String> classes = new TreeSet<>();
    final Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    final Map<String, int[]> counts = new TreeMap<>(); // class -> tp, fp, fn
    int stories;
    int top1Correct;

    /** Adds one story: gold labels, the ordered predicted top-level topics (duplicates removed by the caller). */
    void add(Set<String> gold, List<String> predicted) {
        stories++;
        classes.addAll(gold);
        String top = predicted.isEmpty() ? NONE : predicted.get(0);
        if (gold.contains(top)) {
            top1Correct++;
        }
        for (String g : gold) {
            confusion.computeIfAbsent(g, k -> new TreeMap<>()).merge(top, 1, Integer::sum);
        }
        Set<String> p = new TreeSet<>(predicted);
        for (String c : p) {
            counts.computeIfAbsent(c, k -> new int[3])[gold.contains(c) ? 0 : 1]++;
        }
        for (String g : gold) {
            if (!p.contains(g)) {
                counts.computeIfAbsent(g, k -> new int[3])[2]++;
            }
        }
    }

    double top1() {
        return stories == 0 ? 0 : (double) top1Correct / stories;
    }

    double microF1() {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int[] c : counts.values()) {
            tp += c[0];
            fp += c[1];
            fn += c[2];
        }
        return f1(tp, fp, fn);
    }

    double macroF1() {
        return classes.stream().mapToDouble(this::f1).average().orElse(0);
    }

    double f1(String c) {
        int[] k = counts.getOrDefault(c, new int[3]);
        return f1(k[0], k[1], k[2]);
    }

    /** Recall of the top-1 decision for a gold class. */
    double top1Recall(String c) {
        Map<String, Integer> row = confusion.getOrDefault(c, Map.of());
        int total = row.values().stream().mapToInt(Integer::intValue).sum();
        return total == 0 ? 0 : (double) row.getOrDefault(c, 0) / total;
    }

    private static double f1(int tp, int fp, int fn) {
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }
}
