package io.kawat.training.topics;

import io.kawat.enrich.internal.text.TermAnalyzer;
import io.kawat.enrich.internal.topic.SparseVector;
import io.kawat.enrich.internal.topic.TopicModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Trains a {@link TopicModel}: features from the enrich analyzer ({@link TopicModel#termFrequencies}), idf and
 * vocabulary from the train split (stems in at least {@code minDf} documents), one-vs-rest L2-regularised logistic
 * regression per topic by stochastic gradient descent (seeded, so a run is reproducible), the regularisation strength
 * picked by dev-split macro F1, then Platt calibration and per-topic thresholds (best F1 on the dev split, never below
 * {@value #MIN_THRESHOLD}) fitted on the dev split. The test split is never seen here.
 */
public final class TopicTrainer {

    static final double MIN_THRESHOLD = 0.25;
    private static final double[] LAMBDAS = {1e-4, 3e-5, 1e-5};
    private static final int EPOCHS = 30;

    private final TermAnalyzer analyzer;
    private final int minDf;
    private final long seed;

    public TopicTrainer(TermAnalyzer analyzer, int minDf, long seed) {
        this.analyzer = analyzer;
        this.minDf = minDf;
        this.seed = seed;
    }

    /** Trains on train, tunes on dev; both in one language. */
    public TopicModel train(String language, List<LabelledStory> train, List<LabelledStory> dev) {
        if (train.isEmpty() || dev.isEmpty()) {
            throw new IllegalArgumentException("topic training needs non-empty train and dev splits");
        }
        Set<String> labelSet = new TreeSet<>();
        train.forEach(s -> labelSet.addAll(s.labels()));
        String[] labels = labelSet.toArray(String[]::new);
        List<Map<String, Integer>> trainTf = frequencies(train, language);
        List<Map<String, Integer>> devTf = frequencies(dev, language);
        Map<String, Integer> df = new HashMap<>();
        trainTf.forEach(tf -> tf.keySet().forEach(stem -> df.merge(stem, 1, Integer::sum)));
        Map<String, Integer> index = new HashMap<>();
        List<Double> idfs = new ArrayList<>();
        df.entrySet().stream()
                .filter(e -> e.getValue() >= minDf)
                .map(Map.Entry::getKey)
                .sorted()
                .forEach(stem -> {
                    index.put(stem, index.size());
                    idfs.add(Math.log((1.0 + train.size()) / (1.0 + df.get(stem))) + 1);
                });
        double[] idf = idfs.stream().mapToDouble(Double::doubleValue).toArray();
        List<SparseVector> xTrain = vectors(trainTf, index, idf);
        List<SparseVector> xDev = vectors(devTf, index, idf);
        boolean[][] yTrain = targets(train, labels);
        boolean[][] yDev = targets(dev, labels);

        double bestF1 = -1;
        double[][] bestW = null;
        double[] bestB = null;
        for (double lambda : LAMBDAS) {
            double[][] w = new double[index.size()][labels.length];
            double[] b = new double[labels.length];
            for (int k = 0; k < labels.length; k++) {
                fit(xTrain, yTrain, k, lambda, w, b);
            }
            double f1 = devMacroF1(xDev, yDev, w, b);
            if (f1 > bestF1) {
                bestF1 = f1;
                bestW = w;
                bestB = b;
            }
        }
        double[] plattA = new double[labels.length];
        double[] plattB = new double[labels.length];
        double[] thresholds = new double[labels.length];
        double[][] devRaw = raw(xDev, bestW, bestB, labels.length);
        for (int k = 0; k < labels.length; k++) {
            double[] ab = Calibration.platt(column(devRaw, k), column(yDev, k));
            plattA[k] = ab[0];
            plattB[k] = ab[1];
            double[] p = new double[devRaw.length];
            for (int i = 0; i < p.length; i++) {
                p[i] = TopicModel.platt(ab[0], ab[1], devRaw[i][k]);
            }
            thresholds[k] = Calibration.bestThreshold(p, column(yDev, k), MIN_THRESHOLD);
        }
        return new TopicModel(language, labels, bestB, plattA, plattB, thresholds, index, idf, bestW);
    }

    private List<Map<String, Integer>> frequencies(List<LabelledStory> stories, String language) {
        List<Map<String, Integer>> out = new ArrayList<>(stories.size());
        for (LabelledStory s : stories) {
            String text = s.headline() + "\n" + s.body();
            out.add(TopicModel.termFrequencies(
                    analyzer.terms(text, language), s.headline().length()));
        }
        return out;
    }

    private static List<SparseVector> vectors(
            List<Map<String, Integer>> tfs, Map<String, Integer> index, double[] idf) {
        return tfs.stream().map(tf -> SparseVector.tfIdf(tf, index, idf)).toList();
    }

    private static boolean[][] targets(List<LabelledStory> stories, String[] labels) {
        boolean[][] y = new boolean[stories.size()][labels.length];
        for (int i = 0; i < y.length; i++) {
            for (int k = 0; k < labels.length; k++) {
                y[i][k] = stories.get(i).labels().contains(labels[k]);
            }
        }
        return y;
    }

    /** SGD on the logistic loss with L2 (lazy-free: dense decay per step is cheap at this size). */
    private void fit(List<SparseVector> x, boolean[][] y, int k, double lambda, double[][] w, double[] b) {
        Random random = new Random(seed + k);
        int n = x.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        double scale = 1.0; // w_k = scale * stored weights, for O(nnz) L2 decay
        long t = 0;
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
            for (int i : order) {
                double eta = 1.0 / (lambda * (t++ + 1.0 / (lambda * 0.5)));
                SparseVector v = x.get(i);
                double s = b[k];
                for (int f = 0; f < v.indices().length; f++) {
                    s += scale * w[v.indices()[f]][k] * v.values()[f];
                }
                double target = y[i][k] ? 1 : 0;
                double g = 1 / (1 + Math.exp(-s)) - target;
                scale *= 1 - eta * lambda;
                for (int f = 0; f < v.indices().length; f++) {
                    w[v.indices()[f]][k] -= eta * g * v.values()[f] / scale;
                }
                b[k] -= eta * g * 0.1;
                if (scale < 1e-6) {
                    for (double[] row : w) {
                        row[k] *= scale;
                    }
                    scale = 1.0;
                }
            }
        }
        for (double[] row : w) {
            row[k] *= scale;
        }
    }

    private static double[][] raw(List<SparseVector> x, double[][] w, double[] b, int labels) {
        double[][] out = new double[x.size()][];
        for (int i = 0; i < out.length; i++) {
            double[] s = b.clone();
            SparseVector v = x.get(i);
            for (int f = 0; f < v.indices().length; f++) {
                for (int k = 0; k < labels; k++) {
                    s[k] += w[v.indices()[f]][k] * v.values()[f];
                }
            }
            out[i] = s;
        }
        return out;
    }

    /** Macro F1 of the top-1 decision (argmax of the raw scores) on the dev split. */
    private static double devMacroF1(List<SparseVector> x, boolean[][] y, double[][] w, double[] b) {
        int labels = b.length;
        double[][] s = raw(x, w, b, labels);
        int[] tp = new int[labels];
        int[] fp = new int[labels];
        int[] fn = new int[labels];
        for (int i = 0; i < s.length; i++) {
            int best = 0;
            for (int k = 1; k < labels; k++) {
                if (s[i][k] > s[i][best]) {
                    best = k;
                }
            }
            for (int k = 0; k < labels; k++) {
                boolean predicted = k == best;
                if (predicted && y[i][k]) {
                    tp[k]++;
                } else if (predicted) {
                    fp[k]++;
                } else if (y[i][k]) {
                    fn[k]++;
                }
            }
        }
        double sum = 0;
        for (int k = 0; k < labels; k++) {
            sum += tp[k] == 0 ? 0 : 2.0 * tp[k] / (2.0 * tp[k] + fp[k] + fn[k]);
        }
        return sum / labels;
    }

    private static double[] column(double[][] m, int k) {
        double[] out = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i][k];
        }
        return out;
    }

    private static boolean[] column(boolean[][] m, int k) {
        boolean[] out = new boolean[m.length];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i][k];
        }
        return out;
    }
}
