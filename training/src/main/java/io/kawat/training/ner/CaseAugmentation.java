package io.kawat.training.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Headline-style copies of training sentences, so the model does not rely on capitals alone: a share of the
 * sentences is added again in UPPER CASE and another share in Title Case (each word's first letter upper case),
 * with the same names. Deterministic for a seed.
 */
public final class CaseAugmentation {

    private CaseAugmentation() {}

    /** The sentences followed by the upper-cased and title-cased copies. */
    public static List<NerSentence> augment(
            List<NerSentence> sentences, double upperShare, double titleShare, long seed) {
        Random random = new Random(seed);
        List<NerSentence> out = new ArrayList<>(sentences);
        for (NerSentence s : sentences) {
            double draw = random.nextDouble();
            if (draw < upperShare) {
                out.add(copy(s, t -> t.toUpperCase(Locale.ROOT)));
            } else if (draw < upperShare + titleShare) {
                out.add(copy(s, CaseAugmentation::titleCase));
            }
        }
        return out;
    }

    static String titleCase(String token) {
        return token.isEmpty() ? token : token.substring(0, 1).toUpperCase(Locale.ROOT) + token.substring(1);
    }

    private static NerSentence copy(NerSentence s, java.util.function.UnaryOperator<String> change) {
        return new NerSentence(s.tokens().stream().map(change).toList(), s.names(), s.document());
    }
}
