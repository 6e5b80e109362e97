package io.kawat.training.topics;

import io.kawat.enrich.internal.text.TermAnalyzer;
import io.kawat.enrich.internal.topic.TopicModel;
import io.kawat.platform.SuppressForbidden;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Trains the topic models enrich ships, from the train and dev splits of the cached corpora, and writes them to
 * {@code enrich-service/src/main/resources/io/kawat/enrich/model/topic/}:
 *
 * <pre>
 * KAWAT_TRAINING_DATA=/work/cache mvn -B -q -ntp -pl training -am compile exec:java \
 *     -Dexec.mainClass=io.kawat.training.topics.TrainTopics
 * </pre>
 */
@SuppressForbidden(reason = "a command-line tool: its report goes to the terminal")
public final class TrainTopics {

    static final int MIN_DF = 2;
    static final long SEED = 23;

    private TrainTopics() {}

    public static void main(String[] args) throws IOException {
        Path out = Repository.path("enrich-service/src/main/resources/io/kawat/enrich/model/topic");
        Files.createDirectories(out);
        for (LanguageCorpus corpus : LanguageCorpus.available()) {
            TopicCorpora.Splits splits = TopicCorpora.split(corpus.stories());
            try (TermAnalyzer analyzer = new TermAnalyzer(List.of(corpus.language()))) {
                TopicModel model =
                        new TopicTrainer(analyzer, MIN_DF, SEED).train(corpus.language(), splits.train(), splits.dev());
                Path file = out.resolve(Path.of(TopicModel.resource(corpus.language()))
                        .getFileName()
                        .toString());
                try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    model.write(w);
                }
                System.out.printf(
                        Locale.ROOT,
                        "%s (%s): train %d, dev %d, test %d (not used); %d features, %d topics -> %s%n",
                        corpus.name(),
                        corpus.language(),
                        splits.train().size(),
                        splits.dev().size(),
                        splits.test().size(),
                        model.features(),
                        model.labels().size(),
                        file);
                for (String label : model.labels()) {
                    System.out.printf(Locale.ROOT, "  %s threshold %.2f%n", label, model.threshold(label));
                }
            }
        }
    }
}
