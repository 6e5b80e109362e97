package io.kawat.bench.load;

import io.kawat.bench.gen.StoryVersion;
import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.InfoSource;
import io.kawat.schemas.avro.PubStatus;
import io.kawat.schemas.avro.WireStory;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * Which story versions have reached an article, and how long each took from ingest receipt
 * ({@code WireStory.receivedAt}) to the first article version that shows it, as seen by a read_committed consumer.
 *
 * <p>A first version or an update is shown when an article credits the story with that version's link
 * ({@code Article.infoSources[].url}, which the driver makes unique per version); a later version shown first also
 * settles earlier ones. A kill is shown when an article that credited the story stops crediting it, or is withdrawn.
 * Articles may be consumed before the story record they show (different topics): observations wait for their
 * receipt. A version that went to a dead-letter topic counts as settled (it never will be shown) and is reported
 * with the dead letters. Thread-safe.
 */
final class Ledger {

    private static final long MAX_LATENCY_MS = 3_600_000L;
    private static final int KILL = Integer.MAX_VALUE;

    /** What is known of one story. */
    private static final class Track {
        final TreeMap<Integer, Long> pending = new TreeMap<>();
        final TreeMap<Integer, Long> shownAt = new TreeMap<>();
        final Set<Integer> dead = new HashSet<>();
        Long killReceivedAt;
        boolean killShown;
        long lastDepartureAt = -1;
    }

    private final Map<String, Track> stories = new HashMap<>();
    private final Map<String, Set<String>> credited = new HashMap<>();
    private final Map<String, String> clusterOf = new HashMap<>();
    private final Set<String> syndicated = new HashSet<>();
    private final Set<String> enriched = new HashSet<>();
    private final java.util.List<String> deadLetterSample = new java.util.ArrayList<>();
    private long deadLetters;
    private long settledDead;
    private final Histogram all = new Histogram(MAX_LATENCY_MS, 3);
    /** Versions received by ingest before this time (epoch ms) are counted as shown but not in the histograms. */
    private volatile long measureFrom;

    private final Histogram firsts = new Histogram(MAX_LATENCY_MS, 3);
    private final Histogram updates = new Histogram(MAX_LATENCY_MS, 3);
    private final Histogram kills = new Histogram(MAX_LATENCY_MS, 3);
    private long expected;
    private long shown;
    private long wireRecords;
    private long enrichedRecords;
    private long articleRecords;
    private long withdrawn;
    private long firstReceipt = Long.MAX_VALUE;
    private long lastReceipt;
    private long lastEnriched;
    private long lastShown;

    synchronized void onWire(WireStory story) {
        wireRecords++;
        long received = story.getReceivedAt().getEpochMillis().toEpochMilli();
        firstReceipt = Math.min(firstReceipt, received);
        lastReceipt = Math.max(lastReceipt, received);
        Track t = stories.computeIfAbsent(story.getStoryId(), k -> new Track());
        expected++;
        int version = story.getPubStatus() != PubStatus.USABLE ? KILL : StoryVersion.versionOf(story.getUrl());
        if (t.dead.contains(version)) {
            settledDead++;
            t.killShown |= version == KILL;
            return;
        }
        if (version == KILL) {
            t.killReceivedAt = received;
            if (t.lastDepartureAt >= received) {
                killShown(t, t.lastDepartureAt);
            }
            return;
        }
        Long shownAt = t.shownAt.tailMap(version, true).values().stream()
                .min(Long::compare)
                .orElse(null);
        if (shownAt != null) {
            record(version, shownAt - received, shownAt);
        } else {
            t.pending.put(version, received);
        }
    }

    synchronized void onEnriched(String storyId, long now) {
        enrichedRecords++;
        lastEnriched = now;
        enriched.add(storyId);
    }

    /**
     * A version that went to a dead-letter topic instead: it will never be shown, so it is no longer awaited. A null
     * story (undecodable bytes) is only counted.
     */
    synchronized void onDeadLetter(WireStory story, String description) {
        deadLetters++;
        if (deadLetterSample.size() < 5) {
            deadLetterSample.add(description);
        }
        if (story == null) {
            return;
        }
        Track t = stories.computeIfAbsent(story.getStoryId(), k -> new Track());
        int version = story.getPubStatus() != PubStatus.USABLE ? KILL : StoryVersion.versionOf(story.getUrl());
        t.dead.add(version);
        if (version == KILL ? t.killReceivedAt != null && !t.killShown : t.pending.remove(version) != null) {
            t.killShown |= version == KILL;
            settledDead++;
        }
    }

    synchronized void onArticle(Article article, long now) {
        articleRecords++;
        boolean withdrawal = article.getPubStatus() != PubStatus.USABLE;
        withdrawn += withdrawal ? 1 : 0;
        Set<String> current = new HashSet<>();
        if (!withdrawal) {
            for (InfoSource source : article.getInfoSources()) {
                current.add(source.getStoryId());
                clusterOf.put(source.getStoryId(), article.getClusterId());
                if ("syndicated".equals(source.getRole())) {
                    syndicated.add(source.getStoryId());
                }
                shown(source.getStoryId(), StoryVersion.versionOf(source.getUrl()), now);
            }
        }
        Set<String> before = credited.put(article.getUri(), current);
        if (before != null) {
            for (String storyId : before) {
                if (!current.contains(storyId)) {
                    departed(storyId, now);
                }
            }
        }
    }

    private void shown(String storyId, int version, long now) {
        Track t = stories.computeIfAbsent(storyId, k -> new Track());
        t.shownAt.putIfAbsent(version, now);
        while (!t.pending.isEmpty() && t.pending.firstKey() <= version) {
            Map.Entry<Integer, Long> settled = t.pending.pollFirstEntry();
            record(settled.getKey(), now - settled.getValue(), now);
        }
    }

    private void departed(String storyId, long now) {
        Track t = stories.computeIfAbsent(storyId, k -> new Track());
        t.lastDepartureAt = now;
        if (t.killReceivedAt != null && !t.killShown && now >= t.killReceivedAt) {
            killShown(t, now);
        }
    }

    private void killShown(Track t, long at) {
        t.killShown = true;
        long latency = Math.max(0, at - t.killReceivedAt);
        if (t.killReceivedAt >= measureFrom) {
            kills.recordValue(Math.min(latency, MAX_LATENCY_MS));
            all.recordValue(Math.min(latency, MAX_LATENCY_MS));
        }
        shown++;
        lastShown = Math.max(lastShown, at);
    }

    private void record(int version, long latency, long at) {
        long value = Math.min(Math.max(0, latency), MAX_LATENCY_MS);
        if (at - latency >= measureFrom) {
            (version <= 1 ? firsts : updates).recordValue(value);
            all.recordValue(value);
        }
        shown++;
        lastShown = Math.max(lastShown, at);
    }

    /** Latencies count only for versions received at or after {@code epochMillis} (a steady run's warm-up). */
    void measureFrom(long epochMillis) {
        measureFrom = epochMillis;
    }

    /** A consistent copy of the counters and histograms. */
    synchronized Snapshot snapshot() {
        Set<String> clusters = new HashSet<>(clusterOf.values());
        return new Snapshot(
                expected,
                shown + settledDead,
                wireRecords,
                enrichedRecords,
                articleRecords,
                withdrawn,
                credited.size(),
                clusters.size(),
                syndicated.size(),
                firstReceipt == Long.MAX_VALUE ? 0 : firstReceipt,
                lastReceipt,
                lastEnriched,
                lastShown,
                all.copy(),
                firsts.copy(),
                updates.copy(),
                kills.copy(),
                missing(5),
                deadLetters,
                java.util.List.copyOf(deadLetterSample));
    }

    private java.util.List<String> missing(int max) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (Map.Entry<String, Track> e : stories.entrySet()) {
            Track t = e.getValue();
            if (out.size() < max && (!t.pending.isEmpty() || (t.killReceivedAt != null && !t.killShown))) {
                out.add(e.getKey()
                        + (t.pending.isEmpty() ? " (kill)" : " v" + t.pending.firstKey())
                        + (enriched.contains(e.getKey()) ? " enriched" : " not enriched"));
            }
        }
        return out;
    }

    /** Counters and latency histograms (milliseconds) at one moment. */
    record Snapshot(
            long expected,
            long shown,
            long wireRecords,
            long enrichedRecords,
            long articleRecords,
            long withdrawals,
            long articles,
            long clusters,
            long syndicatedCopies,
            long firstReceipt,
            long lastReceipt,
            long lastEnriched,
            long lastShown,
            Histogram all,
            Histogram firsts,
            Histogram updates,
            Histogram kills,
            java.util.List<String> missingSample,
            long deadLetters,
            java.util.List<String> deadLetterSample) {

        long missing() {
            return expected - shown;
        }
    }
}
