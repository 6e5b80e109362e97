package io.kawat.enrich.internal.entity;

import io.kawat.schemas.avro.EntityType;
import java.util.List;
import java.util.Locale;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Feature generators of the learned recogniser, named in its feature descriptor (model/ner/features-*.xml) beside
 * OpenNLP's own token, token class, affix, window and previous-outcome generators.
 *
 * <p>{@link Shape}: the word shape ("Xx", "X.X.", "d"), and whether the sentence is written all in capitals or in
 * Title Case (a headline, where capitals prove little). {@link Known}: whether the token lies in a name Kawat's own
 * gazetteer knows, with its type and position (B/I), so the model learns how far to trust the list.
 */
public final class NerFeatures {

    private NerFeatures() {}

    /** The shape of a word: each letter run as X or x, each digit run as d, other chars kept; at most 6 parts. */
    public static String shape(String word) {
        StringBuilder out = new StringBuilder();
        char last = 0;
        for (int i = 0; i < word.length() && out.length() < 6; i++) {
            char c = word.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (k != last) {
                out.append(k);
                last = k;
            }
        }
        return out.toString();
    }

    /** Whether a sentence is all capitals (at least 4 letters, no lower case). */
    public static boolean allCaps(String[] tokens) {
        int letters = 0;
        for (String t : tokens) {
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters += Character.isLetter(c) ? 1 : 0;
            }
        }
        return letters >= 4;
    }

    /** Whether at least 4 words and 80% of them start with a capital (a Title Case headline). */
    public static boolean titleCase(String[] tokens) {
        int words = 0;
        int caps = 0;
        for (String t : tokens) {
            if (!t.isEmpty() && Character.isLetter(t.charAt(0))) {
                words++;
                caps += Character.isUpperCase(t.charAt(0)) ? 1 : 0;
            }
        }
        return words >= 4 && caps >= 0.8 * words;
    }

    /** Word shape and sentence case features. */
    public static final class Shape implements AdaptiveFeatureGenerator {
        private String[] cached;
        private String sentenceCase;

        @Override
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            if (tokens != cached) {
                cached = tokens;
                sentenceCase = allCaps(tokens) ? "caps" : titleCase(tokens) ? "title" : "mixed";
            }
            String shape = shape(tokens[index]);
            features.add("sh=" + shape);
            features.add("sc=" + sentenceCase);
            features.add("sc,sh=" + sentenceCase + "," + shape);
            if (index == 0) {
                features.add("first," + shape);
            }
        }
    }

    /** Gazetteer membership of a token: "gz=B-PLACE", "gz=I-ORGANISATION" or "gz=O". */
    public static final class Known implements AdaptiveFeatureGenerator {
        private final Gazetteer gazetteer;
        private final String language;
        private String[] cached;
        private String[] labels;

        public Known(Gazetteer gazetteer, String language) {
            this.gazetteer = gazetteer;
            this.language = language;
        }

        @Override
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            if (tokens != cached) {
                cached = tokens;
                labels = label(tokens);
            }
            features.add("gz=" + labels[index]);
            if (!labels[index].equals("O")) {
                features.add("gz,w=" + labels[index] + "," + tokens[index].toLowerCase(Locale.ROOT));
            }
        }

        String[] label(String[] tokens) {
            StringBuilder text = new StringBuilder();
            int[] starts = new int[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                if (i > 0) {
                    text.append(' ');
                }
                starts[i] = text.length();
                text.append(tokens[i]);
            }
            String s = text.toString();
            String[] out = new String[tokens.length];
            java.util.Arrays.fill(out, "O");
            int t = 0;
            for (Span span : gazetteer.find(s, Fold.fold(s), language)) {
                while (t < tokens.length && starts[t] < span.start()) {
                    t++;
                }
                EntityType type = span.ref().type();
                for (int i = t; i < tokens.length && starts[i] < span.end(); i++) {
                    out[i] = (i == t ? "B-" : "I-") + type;
                }
            }
            return out;
        }
    }

    /** Descriptor factory of {@link Shape}. */
    public static final class ShapeFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() {
            return new Shape();
        }
    }

    /** Descriptor factory of {@link Known}: {@code <str name="language">en</str>}; the bundled gazetteer. */
    public static final class KnownFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() throws InvalidFormatException {
            return new Known(BundledGazetteer.INSTANCE, getStr("language"));
        }
    }

    private static final class BundledGazetteer {
        static final Gazetteer INSTANCE = GazetteerLoader.load();
    }
}
