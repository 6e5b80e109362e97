package io.kawat.enrich.internal.topic;

import io.kawat.enrich.internal.resource.ResourceFiles;
import io.kawat.enrich.internal.text.TermAnalyzer.Term;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A learned one-vs-rest linear classifier over IPTC Media Topics for one language, trained by
 * {@code io.kawat.training.topics.TrainTopics}. Features: the story's Lucene stems (the language's analyzer, stop words
 * removed), a headline occurrence counting twice, weighted 1 + ln(tf) times the training idf and L2-normalised. Each
 * topic has a weight vector and bias (logistic regression), a Platt calibration fitted on the dev split (so its
 * probability is calibrated and monotone in the raw score) and a decision threshold chosen on the dev split: a topic
 * below its threshold is not returned. Immutable and thread-safe.
 */
public final class TopicModel {

    static final String MAGIC = "kawat-topic-model\t1";

    /** A topic with its calibrated probability. */
    public record Scored(String qcode, double probability, boolean aboveThreshold) {}

    private final String language;
    private final String[] labels;
    private final double[] bias;
    private final double[] plattA;
    private final double[] plattB;
    private final double[] thresholds;
    private final Map<String, Integer> index;
    private final double[] idf;
    private final double[][] weights; // [feature][label]

    /** Builds a model; arrays are copied by the caller's contract (the trainer hands over fresh ones). */
    public TopicModel(
            String language,
            String[] labels,
            double[] bias,
            double[] plattA,
            double[] plattB,
            double[] thresholds,
            Map<String, Integer> index,
            double[] idf,
            double[][] weights) {
        this.language = language;
        this.labels = labels;
        this.bias = bias;
        this.plattA = plattA;
        this.plattB = plattB;
        this.thresholds = thresholds;
        this.index = Map.copyOf(index);
        this.idf = idf;
        this.weights = weights;
    }

    /** Bundled path of a language's model. */
    public static String resource(String language) {
        return "model/topic/topics-" + language + ".tsv";
    }

    /** The bundled models of the given languages that exist ({@code model/topic/topics-<lang>.tsv}). */
    public static Map<String, TopicModel> bundled(List<String> languages) {
        Map<String, TopicModel> out = new HashMap<>();
        for (String language : languages) {
            InputStream in = TopicModel.class.getResourceAsStream(ResourceFiles.BASE + resource(language));
            if (in != null) {
                out.put(language, read(in));
            }
        }
        return out;
    }

    /** Language of the analyzer the model was trained with. */
    public String language() {
        return language;
    }

    /** The topics the model knows, in model order. */
    public List<String> labels() {
        return List.of(labels);
    }

    /** Decision threshold of a topic on the calibrated probability. */
    public double threshold(String qcode) {
        return thresholds[List.of(labels).indexOf(qcode)];
    }

    /** Number of stems with a weight. */
    public int features() {
        return index.size();
    }

    /** Term frequencies of a story's stems, a headline occurrence counting twice. */
    public static Map<String, Integer> termFrequencies(List<Term> terms, int headlineEnd) {
        Map<String, Integer> tf = new HashMap<>();
        for (Term t : terms) {
            tf.merge(t.stem(), t.start() < headlineEnd ? 2 : 1, Integer::sum);
        }
        return tf;
    }

    /** The L2-normalised tf-idf vector of a story over the model's features: parallel arrays of index and value. */
    public SparseVector vector(Map<String, Integer> tf) {
        return SparseVector.tfIdf(tf, index, idf);
    }

    /** Raw linear scores per label (before calibration). */
    public double[] rawScores(SparseVector x) {
        double[] s = bias.clone();
        for (int i = 0; i < x.indices().length; i++) {
            double[] w = weights[x.indices()[i]];
            double v = x.values()[i];
            for (int k = 0; k < s.length; k++) {
                s[k] += w[k] * v;
            }
        }
        return s;
    }

    /** Calibrated probability of label k for a raw score. */
    public double calibrated(int k, double raw) {
        return platt(plattA[k], plattB[k], raw);
    }

    /** Platt's sigmoid 1 / (1 + exp(a * s + b)); monotone increasing in s when a is negative. */
    public static double platt(double a, double b, double raw) {
        return 1.0 / (1.0 + Math.exp(a * raw + b));
    }

    /** All topics with calibrated probabilities, best first. */
    public List<Scored> score(List<Term> terms, int headlineEnd) {
        double[] raw = rawScores(vector(termFrequencies(terms, headlineEnd)));
        List<Scored> out = new ArrayList<>(labels.length);
        for (int k = 0; k < labels.length; k++) {
            double p = calibrated(k, raw[k]);
            out.add(new Scored(labels[k], p, p >= thresholds[k]));
        }
        out.sort(Comparator.comparingDouble(Scored::probability).reversed().thenComparing(Scored::qcode));
        return out;
    }

    /** Writes the model as UTF-8 text (the format {@link #read} loads). */
    public void write(Writer out) throws IOException {
        out.write(MAGIC + "\n");
        out.write("language\t" + language + "\n");
        out.write("labels\t" + String.join("\t", labels) + "\n");
        out.write(row("bias", bias));
        out.write(row("plattA", plattA));
        out.write(row("plattB", plattB));
        out.write(row("threshold", thresholds));
        String[] byIndex = new String[index.size()];
        index.forEach((stem, i) -> byIndex[i] = stem);
        out.write("features\t" + byIndex.length + "\n");
        for (int i = 0; i < byIndex.length; i++) {
            StringBuilder line = new StringBuilder(byIndex[i]).append('\t').append(fmt(idf[i]));
            for (double w : weights[i]) {
                line.append('\t').append(fmt(w));
            }
            out.write(line.append('\n').toString());
        }
    }

    /** Reads a model written by {@link #write}; a clear error on any malformed line. */
    public static TopicModel read(InputStream in) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            if (!MAGIC.equals(r.readLine())) {
                throw new IllegalStateException("not a Kawat topic model (bad header)");
            }
            String language = field(r.readLine(), "language")[0];
            String[] labels = field(r.readLine(), "labels");
            double[] bias = numbers(field(r.readLine(), "bias"), labels.length);
            double[] plattA = numbers(field(r.readLine(), "plattA"), labels.length);
            double[] plattB = numbers(field(r.readLine(), "plattB"), labels.length);
            double[] thresholds = numbers(field(r.readLine(), "threshold"), labels.length);
            int n = Integer.parseInt(field(r.readLine(), "features")[0]);
            Map<String, Integer> index = new HashMap<>(n * 2);
            double[] idf = new double[n];
            double[][] weights = new double[n][];
            for (int i = 0; i < n; i++) {
                String line = r.readLine();
                String[] f = line == null ? new String[0] : line.split("\t");
                if (f.length != labels.length + 2) {
                    throw new IllegalStateException("topic model: bad feature line " + (i + 1));
                }
                index.put(f[0], i);
                idf[i] = Double.parseDouble(f[1]);
                weights[i] = numbers(Arrays.copyOfRange(f, 2, f.length), labels.length);
            }
            return new TopicModel(language, labels, bias, plattA, plattB, thresholds, index, idf, weights);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the topic model", e);
        }
    }

    private static String[] field(String line, String name) {
        if (line == null || !line.startsWith(name + "\t")) {
            throw new IllegalStateException("topic model: expected '" + name + "' line, got " + line);
        }
        return line.substring(name.length() + 1).split("\t");
    }

    private static double[] numbers(String[] f, int expected) {
        if (f.length != expected) {
            throw new IllegalStateException("topic model: expected " + expected + " numbers, got " + f.length);
        }
        double[] out = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            out[i] = Double.parseDouble(f[i]);
        }
        return out;
    }

    private static String row(String name, double[] values) {
        StringBuilder b = new StringBuilder(name);
        for (double v : values) {
            b.append('\t').append(fmt(v));
        }
        return b.append('\n').toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.5g", v);
    }
}
