package io.kawat.training.ner;

import io.kawat.training.TrainingData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The NER splits (training/README.md says where each file comes from). English: WikiGold documents split by index
 * (index mod 5: 0-2 train, 3 dev, 4 test), the Broad Twitter Corpus and WNUT-17 train+dev for training, WNUT-17 test
 * as a second test. Indonesian: NERGrit (IndoNLU) train / valid / test as published.
 */
public final class NerCorpora {

    private NerCorpora() {}

    /** A named split. */
    public record Split(String name, String language, List<NerSentence> sentences) {}

    public static Split train(String language) {
        if (language.equals("id")) {
            return new Split("NERGrit train", "id", Conll.read(nergrit().resolve("train.txt")));
        }
        List<NerSentence> all = new ArrayList<>(wikigold(0, 1, 2));
        all.addAll(Conll.read(english().resolve("btc.conll")));
        all.addAll(Conll.read(english().resolve("wnut17-train.conll")));
        all.addAll(Conll.read(english().resolve("wnut17-dev.conll")));
        return new Split("WikiGold train + BTC + WNUT-17 train/dev", "en", all);
    }

    public static Split dev(String language) {
        return language.equals("id")
                ? new Split("NERGrit valid", "id", Conll.read(nergrit().resolve("valid.txt")))
                : new Split("WikiGold dev (docs 3 mod 5)", "en", wikigold(3));
    }

    /** The held-out test splits of a language. */
    public static List<Split> tests(String language) {
        if (language.equals("id")) {
            return List.of(new Split("NERGrit test", "id", Conll.read(nergrit().resolve("test.txt"))));
        }
        return List.of(
                new Split("WikiGold test (docs 4 mod 5)", "en", wikigold(4)),
                new Split("WNUT-17 test (tweets)", "en", Conll.read(english().resolve("wnut17-test.conll"))));
    }

    private static List<NerSentence> wikigold(int... residues) {
        List<NerSentence> out = new ArrayList<>();
        for (NerSentence s : Conll.read(english().resolve("wikigold.conll"))) {
            for (int r : residues) {
                if (s.document() % 5 == r) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static Path english() {
        return TrainingData.corpus("en-ner");
    }

    private static Path nergrit() {
        return TrainingData.corpus("nergrit");
    }
}
