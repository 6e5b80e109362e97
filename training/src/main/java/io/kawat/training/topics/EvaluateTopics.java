package io.kawat.training.topics;

import io.kawat.enrich.internal.entity.EntityExtractor;
import io.kawat.enrich.internal.text.TermAnalyzer;
import io.kawat.enrich.internal.topic.MediaTopics;
import io.kawat.enrich.internal.topic.TopicClassifier;
import io.kawat.enrich.internal.topic.TopicModel;
import io.kawat.enrich.internal.topic.TopicRules;
import io.kawat.platform.SuppressForbidden;
import io.kawat.schemas.avro.Entity;
import io.kawat.schemas.avro.TopicTag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Evaluates the shipped topic classifier (learned model with rules as priors) beside the old rules alone on the
 * held-out TEST split of every cached topic corpus, and writes {@code docs/quality-topics.md}:
 *
 * <pre>
 * KAWAT_TRAINING_DATA=/work/cache mvn -B -q -ntp -pl training -am compile exec:java \
 *     -Dexec.mainClass=io.kawat.training.topics.EvaluateTopics
 * </pre>
 */
@SuppressForbidden(reason = "a command-line tool: its report goes to the terminal")
public final class EvaluateTopics {

    private EvaluateTopics() {}

    /** The result of one corpus. */
    record Result(LanguageCorpus corpus, int train, int dev, TopicScores learned, TopicScores rules, double ece) {}

    public static void main(String[] args) throws IOException {
        List<LanguageCorpus> corpora = LanguageCorpus.available();
        List<String> languages =
                corpora.stream().map(LanguageCorpus::language).distinct().toList();
        MediaTopics vocabulary = MediaTopics.load();
        EntityExtractor entities = EntityExtractor.load();
        List<Result> results = new ArrayList<>();
        try (TermAnalyzer analyzer = new TermAnalyzer(languages)) {
            Map<String, TopicModel> models = TopicModel.bundled(languages);
            TopicClassifier classifier = new TopicClassifier(vocabulary, TopicRules.load(analyzer, vocabulary), models);
            for (LanguageCorpus corpus : corpora) {
                TopicCorpora.Splits splits = TopicCorpora.split(corpus.stories());
                TopicScores learned = new TopicScores();
                TopicScores rules = new TopicScores();
                Reliability reliability = new Reliability();
                TopicModel model = models.get(corpus.language());
                for (LabelledStory s : splits.test()) {
                    String text = s.headline() + "\n" + s.body();
                    int headlineEnd = s.headline().length();
                    var terms = analyzer.terms(text, s.language());
                    List<Entity> found = entities.extract(text, headlineEnd, s.language());
                    learned.add(
                            s.labels(),
                            topLevel(
                                    vocabulary,
                                    classifier.classify(terms, headlineEnd, found, List.of(), s.language())));
                    rules.add(
                            s.labels(),
                            topLevel(
                                    vocabulary,
                                    classifier.classifyByRules(terms, headlineEnd, found, List.of(), s.language())));
                    if (model != null) {
                        for (TopicModel.Scored sc : model.score(terms, headlineEnd)) {
                            reliability.add(sc.probability(), s.labels().contains(sc.qcode()));
                        }
                    }
                }
                results.add(new Result(
                        corpus, splits.train().size(), splits.dev().size(), learned, rules, reliability.ece()));
                System.out.printf(
                        Locale.ROOT,
                        "%s (%s) test %d: learned top-1 %.3f micro-F1 %.3f macro-F1 %.3f | rules top-1 %.3f%n",
                        corpus.name(),
                        corpus.language(),
                        learned.stories,
                        learned.top1(),
                        learned.microF1(),
                        learned.macroF1(),
                        rules.top1());
            }
        }
        Path out = Repository.path("docs/quality-topics.md");
        Files.writeString(out, TopicQualityMarkdown.render(results, vocabulary), StandardCharsets.UTF_8);
        System.out.println("wrote " + out);
    }

    /** Distinct top-level topics of the tags, in order. */
    static List<String> topLevel(MediaTopics vocabulary, List<TopicTag> tags) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (TopicTag t : tags) {
            out.add(vocabulary.topLevel(t.getQcode()));
        }
        return List.copyOf(out);
    }

    /** Expected calibration error of per-topic probabilities (10 equal-width bins). */
    static final class Reliability {
        private final double[] sumP = new double[10];
        private final int[] positives = new int[10];
        private final int[] n = new int[10];
        private int total;

        void add(double p, boolean positive) {
            int bin = Math.min(9, (int) (p * 10));
            sumP[bin] += p;
            positives[bin] += positive ? 1 : 0;
            n[bin]++;
            total++;
        }

        double ece() {
            double e = 0;
            for (int b = 0; b < 10; b++) {
                if (n[b] > 0) {
                    e += Math.abs(sumP[b] / n[b] - (double) positives[b] / n[b]) * n[b] / total;
                }
            }
            return e;
        }
    }
}
