package io.kawat.training.ner;

import io.kawat.platform.SuppressForbidden;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Trains the English and Indonesian name models from the cached corpora (train splits only, with case
 * augmentation: 10% of sentences again in upper case, 10% in Title Case) and writes them where enrich-service ships
 * them. Run from the repository root:
 * {@code mvn -B -q -ntp -pl training -am compile exec:java -Dexec.mainClass=io.kawat.training.ner.TrainEntities}
 * (arguments: languages, default "en id"; {@code -Dkawat.ner.algorithm}, default PERCEPTRON;
 * {@code -Dkawat.ner.iterations=N}, default 100).
 */
@SuppressForbidden(reason = "a command-line tool: its report goes to the terminal")
public final class TrainEntities {

    static final Path MODELS = Path.of("enrich-service/src/main/resources/io/kawat/enrich/model/ner");

    private TrainEntities() {}

    public static void main(String[] args) throws IOException {
        int iterations = Integer.getInteger("kawat.ner.iterations", 100);
        String algorithm = System.getProperty("kawat.ner.algorithm", "PERCEPTRON");
        List<String> languages = args.length > 0 ? List.of(args) : List.of("en", "id");
        Path root = Path.of(System.getProperty("kawat.root", "."));
        for (String language : languages) {
            NerCorpora.Split train = NerCorpora.train(language);
            List<NerSentence> augmented = CaseAugmentation.augment(train.sentences(), 0.10, 0.10, 24);
            long t0 = System.nanoTime();
            TokenNameFinderModel model = NerTrainer.train(augmented, language, algorithm, iterations);
            Path out = root.resolve(MODELS).resolve(language + ".bin");
            Files.createDirectories(out.getParent());
            try (OutputStream o = Files.newOutputStream(out)) {
                model.serialize(o);
            }
            System.out.printf(
                    java.util.Locale.ROOT,
                    "%s: %d sentences (%d with augmentation) from %s, %s %d iterations, %.0f s -> %s (%d bytes)%n",
                    language,
                    train.sentences().size(),
                    augmented.size(),
                    train.name(),
                    algorithm,
                    iterations,
                    (System.nanoTime() - t0) / 1e9,
                    out,
                    Files.size(out));
        }
    }
}
