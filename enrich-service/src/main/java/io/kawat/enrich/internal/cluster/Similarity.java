package io.kawat.enrich.internal.cluster;

import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * How close a story is to a cluster, 0..1.
 *
 * <p>Entities: cosine of salience vectors, each entity weighted by its inverse story frequency in the state, so
 * sharing "Antony Blinken" says more than sharing "United States". Keywords: cosine with the cluster's keywords in
 * the story's language. Scored against the cluster as a whole and against each of its recent members (a follow-up
 * often resembles one earlier story more than the average); the best counts. A story with no entities is scored on
 * keywords alone; a cluster with no keywords in the story's language (the same event told in another language) is
 * scored on entities alone; otherwise 0.6 × entities + 0.4 × keywords.
 */
final class Similarity {

    static final double ENTITY_SHARE = 0.6;

    private Similarity() {}

    /** The better of the story's score against the whole cluster and against its closest recent member. */
    static double score(StoryFeatures story, ClusterProfile cluster, ToDoubleFunction<String> idf) {
        double best = score(story, cluster.entities, cluster.keywords.get(story.language()), idf);
        for (StoryFeatures member : cluster.recent) {
            Map<String, Double> keywords = member.language().equals(story.language()) ? member.keywords() : null;
            best = Math.max(best, score(story, member.entities(), keywords, idf));
        }
        return best;
    }

    private static double score(
            StoryFeatures story,
            Map<String, Double> clusterEntities,
            Map<String, Double> keywords,
            ToDoubleFunction<String> idf) {
        double entities = cosine(story.entities(), clusterEntities, idf);
        if (story.entities().isEmpty()) {
            return keywords == null ? 0.0 : cosine(story.keywords(), keywords, k -> 1.0);
        }
        if (keywords == null || keywords.isEmpty()) {
            return entities;
        }
        return ENTITY_SHARE * entities + (1 - ENTITY_SHARE) * cosine(story.keywords(), keywords, k -> 1.0);
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b, ToDoubleFunction<String> weight) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            double w = weight.applyAsDouble(e.getKey());
            double x = e.getValue() * w;
            na += x * x;
            Double y = b.get(e.getKey());
            if (y != null) {
                dot += x * y * w;
            }
        }
        for (Map.Entry<String, Double> e : b.entrySet()) {
            double y = e.getValue() * weight.applyAsDouble(e.getKey());
            nb += y * y;
        }
        return na == 0 || nb == 0 ? 0.0 : dot / Math.sqrt(na * nb);
    }
}
