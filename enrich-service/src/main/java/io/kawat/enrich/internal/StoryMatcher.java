package io.kawat.enrich.internal;

import io.kawat.enrich.internal.cluster.ClusterIndex;
import io.kawat.enrich.internal.cluster.RecentStories;
import io.kawat.enrich.internal.cluster.StoryFeatures;
import io.kawat.enrich.internal.cluster.StoryRecord;
import io.kawat.enrich.internal.dedupe.DuplicateIndex;
import io.kawat.enrich.internal.dedupe.MinHasher;
import io.kawat.enrich.internal.state.KeyValueState;
import io.kawat.enrich.internal.text.Words;
import io.kawat.schemas.avro.WireStory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Near-duplicate and event-cluster decisions over state kept in a {@link KeyValueState}.
 *
 * <p>Near-duplicates: MinHash over word 5-shingles of the body (the headline when there is no body), LSH bands to
 * find candidates received within the window, then the estimated Jaccard similarity must reach
 * {@link MatcherConfig#duplicateJaccard()}. A copy points to the original of the earliest-received match (a copy of
 * a copy points to the first story), and joins the original's cluster.
 *
 * <p>Event clusters: see {@link ClusterIndex} (entity and keyword similarity within the window, deterministic
 * merges into the lexicographically smallest id, which is also the oldest).
 *
 * <p>A new version of a story already remembered keeps its earlier decision (cluster resolved through merges), so
 * ids downstream stay stable. Time is the story's receive time; state older than the window behind the newest
 * receive time, or beyond {@link MatcherConfig#maxEntries()} stories, is evicted on each call (see
 * {@link RecentStories}). Deterministic: the same stories in the same order give the same matches. Not thread-safe:
 * one matcher per state, called from one thread (a Kafka Streams task).
 */
public final class StoryMatcher {

    private final MatcherConfig config;
    private final RecentStories stories;
    private final DuplicateIndex duplicates;
    private final ClusterIndex clusters;
    private final MinHasher hasher = new MinHasher();

    public StoryMatcher(MatcherConfig config, KeyValueState state) {
        this.config = config;
        this.stories = new RecentStories(state);
        this.duplicates = new DuplicateIndex(state, hasher);
        this.clusters = new ClusterIndex(state);
    }

    /** Decides whether the story is a copy and which event cluster it belongs to, and remembers it. */
    public Match match(WireStory story, Analysis analysis) {
        String id = story.getStoryId();
        StoryRecord known = stories.get(id);
        if (known != null) {
            return new Match(known.duplicateOf(), clusters.resolve(known.clusterId()));
        }
        long time = story.getReceivedAt().getEpochMillis().toEpochMilli();
        long now = stories.advance(time);
        long window = config.window().toMillis();
        stories.evict(now - window, config.maxEntries() - 1L, this::forgotten);
        long[] signature = hasher.signature(shingleWords(story, analysis));
        String original = findOriginal(signature, time - window);
        StoryFeatures features = StoryFeatures.of(analysis.entities(), analysis.keywords(), analysis.language());
        String cluster;
        if (original != null) {
            cluster = clusters.resolve(stories.get(original).clusterId());
            clusters.join(cluster, features, time);
        } else {
            long n = stories.count() + 1;
            // each candidate cluster asks for the same entities' weights: read each count from the state once
            Map<String, Double> idf = new HashMap<>();
            cluster = clusters.assign(
                    id,
                    features,
                    time,
                    time - window,
                    config.clusterThreshold(),
                    key -> idf.computeIfAbsent(key, k -> Math.log(1.0 + (double) n / (stories.entityCount(k) + 1))));
        }
        stories.put(
                id,
                new StoryRecord(
                        time,
                        cluster,
                        original,
                        signature,
                        new ArrayList<>(features.entities().keySet())));
        duplicates.add(id, signature, time);
        return new Match(original, cluster);
    }

    /** The cluster an id now lives on, following merges; for ids emitted before a merge. */
    public String canonicalCluster(String clusterId) {
        return clusters.resolve(clusterId);
    }

    private String findOriginal(long[] signature, long notBefore) {
        String earliest = null;
        long earliestTime = Long.MAX_VALUE;
        StoryRecord earliestRecord = null;
        for (Map.Entry<String, Long> c :
                duplicates.candidates(signature, notBefore).entrySet()) {
            StoryRecord r = stories.get(c.getKey());
            // candidates come in id order, so on equal times the smallest id stays
            if (r != null
                    && c.getValue() < earliestTime
                    && MinHasher.jaccard(signature, r.signature()) >= config.duplicateJaccard()) {
                earliest = c.getKey();
                earliestTime = c.getValue();
                earliestRecord = r;
            }
        }
        if (earliestRecord != null
                && earliestRecord.duplicateOf() != null
                && stories.get(earliestRecord.duplicateOf()) != null) {
            return earliestRecord.duplicateOf();
        }
        return earliest;
    }

    private void forgotten(Map.Entry<String, StoryRecord> evicted) {
        duplicates.remove(evicted.getKey(), evicted.getValue().signature());
        clusters.leave(evicted.getValue().clusterId());
    }

    private static List<String> shingleWords(WireStory story, Analysis analysis) {
        List<String> words = new ArrayList<>();
        for (String p : analysis.paragraphs()) {
            words.addAll(Words.lowerTokens(p));
        }
        return words.isEmpty() ? Words.lowerTokens(story.getHeadline()) : words;
    }
}
