package io.kawat.reliability.harness;

import io.kawat.bench.gen.StoryVersion;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The story versions a replay generated: per story id its versions 1..n (ingest numbers a story's versions the same
 * way, {@code WireStory.versionSeq}), and which stories ended with a kill (their last version). Thread-safe.
 */
public final class ExpectedVersions {
    private final Map<String, Integer> versions = new HashMap<>();
    private final Set<String> killed = new HashSet<>();
    private long total;

    /** Records one generated version; versions of a story come in order 1, 2, 3, ... */
    public synchronized void add(StoryVersion v) {
        Integer previous = versions.put(v.storyId(), v.version());
        if (v.version() != (previous == null ? 1 : previous + 1)) {
            throw new IllegalStateException(
                    "generator skipped a version of " + v.storyId() + ": " + previous + " then " + v.version());
        }
        if (v.kind() == StoryVersion.Kind.KILL) {
            killed.add(v.storyId());
        }
        total++;
    }

    /** Every generated version. */
    public synchronized long total() {
        return total;
    }

    /** Story id to its number of versions (a copy). */
    public synchronized Map<String, Integer> versions() {
        return Map.copyOf(versions);
    }

    /** Stories whose last version is a kill (a copy). */
    public synchronized Set<String> killed() {
        return Set.copyOf(killed);
    }

    /** The key the audit uses for one version of a story. */
    static String key(String storyId, long version) {
        return storyId + "#" + version;
    }
}
