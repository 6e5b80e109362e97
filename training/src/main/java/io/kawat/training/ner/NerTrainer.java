package io.kawat.training.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/** Trains an OpenNLP maximum-entropy name finder with Kawat's feature descriptor ({@code features.xml}). */
public final class NerTrainer {

    private NerTrainer() {}

    /** The feature descriptor for a language (the gazetteer feature looks names up in that language). */
    public static byte[] descriptor(String language) {
        try (InputStream in = NerTrainer.class.getResourceAsStream("features.xml")) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return xml.replace("${language}", language).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A model trained on the sentences ({@code algorithm} MAXENT or PERCEPTRON), feature cutoff 2. */
    public static TokenNameFinderModel train(
            List<NerSentence> sentences, String language, String algorithm, int iterations) {
        List<NameSample> samples = sentences.stream().map(NerTrainer::sample).toList();
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, 2);
        try {
            TokenNameFinderFactory factory =
                    TokenNameFinderFactory.create(null, descriptor(language), Map.of(), new BioCodec());
            return NameFinderME.train(language, null, new CollectionObjectStream<>(samples), params, factory);
        } catch (IOException e) {
            throw new UncheckedIOException("training failed", e);
        }
    }

    static NameSample sample(NerSentence s) {
        Span[] names = s.names().stream()
                .map(n -> new Span(n.start(), n.end(), n.type()))
                .toArray(Span[]::new);
        return new NameSample(s.tokens().toArray(String[]::new), names, false);
    }
}
