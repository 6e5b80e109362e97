package io.kawat.enrich.internal;

import java.time.Duration;

/**
 * Settings of the {@link StoryMatcher}.
 *
 * @param window how far apart in receive time two stories may be and still match; also the retention of state
 * @param duplicateJaccard estimated Jaccard similarity of word 5-shingles from which a story is a copy
 * @param clusterThreshold similarity score (0..1, entities and keywords) from which a story joins a cluster
 * @param maxEntries most stories kept; the oldest are evicted first
 */
public record MatcherConfig(Duration window, double duplicateJaccard, double clusterThreshold, int maxEntries) {

    public MatcherConfig {
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive");
        }
        if (duplicateJaccard <= 0 || duplicateJaccard > 1 || clusterThreshold <= 0 || clusterThreshold > 1) {
            throw new IllegalArgumentException("thresholds must be in (0, 1]");
        }
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1");
        }
    }

    /** 48 hours, Jaccard 0.5, cluster score 0.3, 20,000 stories. */
    public static MatcherConfig defaults() {
        return new MatcherConfig(Duration.ofHours(48), 0.5, 0.3, 20_000);
    }
}
