package io.kawat.enrich.internal.entity;

import io.kawat.schemas.avro.EntityType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * The learned recogniser: an OpenNLP maximum-entropy name finder per language (trained by the training module's
 * {@code io.kawat.training.ner.TrainEntities}), proposing PERSON, ORGANISATION and PLACE spans (a proposal with neither a capital nor a digit is dropped). Malay uses the
 * Indonesian model. Thread-safe: the models are shared, each thread has its own finders.
 */
public final class Recogniser {

    /** Where the models live on the class path: {@code <language>.bin}. */
    public static final String MODELS = "/io/kawat/enrich/model/ner/";

    private static final List<String> LANGUAGES = List.of("en", "id");

    private final Map<String, TokenNameFinderModel> models;
    private final ThreadLocal<Map<String, NameFinderME>> finders = ThreadLocal.withInitial(HashMap::new);

    public Recogniser(Map<String, TokenNameFinderModel> models) {
        this.models = Map.copyOf(models);
    }

    /** The bundled models (none when a model is missing from the class path). */
    public static Recogniser load() {
        Map<String, TokenNameFinderModel> models = new HashMap<>();
        for (String language : LANGUAGES) {
            try (InputStream in = Recogniser.class.getResourceAsStream(MODELS + language + ".bin")) {
                if (in != null) {
                    models.put(language, new TokenNameFinderModel(in));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the name model of " + language, e);
            }
        }
        return new Recogniser(models);
    }

    /** A recogniser without models (the rules alone). */
    public static Recogniser none() {
        return new Recogniser(Map.of());
    }

    /** Whether a model serves the language. */
    public boolean supports(String language) {
        return models.containsKey(modelLanguage(language));
    }

    /** A proposed name: [start, end) of the text, its type and the model's probability. */
    public record Found(int start, int end, EntityType type, double probability) {}

    /** The names the model finds in a text; empty when no model serves the language. */
    public List<Found> find(String text, String language) {
        String key = modelLanguage(language);
        TokenNameFinderModel model = models.get(key);
        List<Found> out = new ArrayList<>();
        if (model == null) {
            return out;
        }
        NameFinderME finder = finders.get().computeIfAbsent(key, k -> new NameFinderME(model));
        for (List<NerToken> sentence : NerToken.sentences(text)) {
            String[] tokens = NerToken.texts(sentence);
            opennlp.tools.util.Span[] spans = finder.find(tokens);
            double[] probs = finder.probs(spans);
            for (int i = 0; i < spans.length; i++) {
                if (!written(tokens, spans[i])) {
                    continue;
                }
                EntityType type = EntityType.valueOf(spans[i].getType());
                out.add(new Found(
                        sentence.get(spans[i].getStart()).start(),
                        sentence.get(spans[i].getEnd() - 1).end(),
                        type,
                        probs[i]));
            }
        }
        finder.clearAdaptiveData();
        return out;
    }

    /**
     * Names in news are written with a capital or a digit; a proposal all in lower case (learned from the tweets in
     * the English training data) is dropped.
     */
    private static boolean written(String[] tokens, opennlp.tools.util.Span span) {
        for (int t = span.getStart(); t < span.getEnd(); t++) {
            if (tokens[t].chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) {
                return true;
            }
        }
        return false;
    }

    private static String modelLanguage(String language) {
        return "ms".equals(language) ? "id" : language;
    }
}
