package io.kawat.enrich.internal.cluster;

import io.kawat.enrich.internal.state.KeyValueState;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * Event clusters in the matcher's state.
 *
 * <p>Keys: {@code c/<id>} the {@link ClusterProfile}; {@code x/<term>/<id>} the index from entity and keyword terms to
 * clusters (empty values); {@code a/<old id>} the cluster an old id was merged into. Ids read
 * {@code evt-<yyyyMMddTHHmmss>-<8 hex>} from the founding story's receive time and id, so the lexicographically
 * smallest id is also the oldest cluster. A story joins every cluster scoring at least the threshold within the
 * window; when that is more than one, all of them merge into the smallest id (their index entries move, an alias
 * keeps old ids resolvable). A cluster is deleted with its index entries and aliases when its last story leaves.
 *
 * <p>Decoded profiles of the most recently used {@value #CACHED_PROFILES} clusters are kept in memory: every write of
 * a profile goes through this class, so the copy never differs from the state; a new instance (after a restart or a
 * rebalance) starts empty and reads the state.
 */
public final class ClusterIndex {

    private static final DateTimeFormatter ID_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);
    static final int CACHED_PROFILES = 2_000;
    static final int MAX_CANDIDATES = 40;
    private final KeyValueState state;
    private final Map<String, ClusterProfile> profiles = new LinkedHashMap<>(1_024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ClusterProfile> eldest) {
            return size() > CACHED_PROFILES;
        }
    };

    public ClusterIndex(KeyValueState state) {
        this.state = state;
    }

    /** Puts a story in its cluster, founding or merging clusters as needed; returns the cluster id. */
    public String assign(
            String storyId,
            StoryFeatures f,
            long time,
            long notBefore,
            double threshold,
            ToDoubleFunction<String> idf) {
        TreeSet<String> matching = new TreeSet<>();
        for (String id : candidates(f)) {
            ClusterProfile c = load(id);
            if (c != null && c.lastSeen >= notBefore && Similarity.score(f, c, idf) >= threshold) {
                matching.add(id);
            }
        }
        if (matching.isEmpty()) {
            String id = newId(storyId, time);
            save(id, ClusterProfile.founding(time), f, time);
            return id;
        }
        String target = matching.first();
        ClusterProfile profile = load(target);
        for (String other : matching.tailSet(target, false)) {
            merge(target, profile, other);
        }
        save(target, profile, f, time);
        return target;
    }

    /** Adds a story to a known cluster (a copy joins its original's cluster). */
    public void join(String clusterId, StoryFeatures f, long time) {
        String id = resolve(clusterId);
        ClusterProfile c = load(id);
        save(id, c != null ? c : ClusterProfile.founding(time), f, time);
    }

    /** The cluster an id now lives on: itself, or the cluster it was merged into. */
    public String resolve(String clusterId) {
        byte[] alias = state.get("a/" + clusterId);
        return alias == null ? clusterId : new String(alias, StandardCharsets.UTF_8);
    }

    /** A story leaves its cluster (evicted); the cluster goes when it has no story left. */
    public void leave(String clusterId) {
        String id = resolve(clusterId);
        ClusterProfile c = load(id);
        if (c == null) {
            return;
        }
        c.live--;
        if (c.live > 0) {
            store(id, c);
            return;
        }
        for (String t : c.terms) {
            state.delete("x/" + t + "/" + id);
        }
        for (String old : c.absorbed) {
            state.delete("a/" + old);
        }
        drop(id);
    }

    /**
     * The clusters worth scoring: those sharing the most index terms with the story, at most
     * {@value #MAX_CANDIDATES} (a common word or a country is filed under hundreds of clusters; a cluster sharing only
     * that cannot reach the threshold), in id order.
     */
    private List<String> candidates(StoryFeatures f) {
        Map<String, Integer> shared = new HashMap<>();
        for (String term : f.indexTerms()) {
            String prefix = "x/" + term + "/";
            for (Map.Entry<String, byte[]> e : state.prefixScan(prefix)) {
                shared.merge(e.getKey().substring(prefix.length()), 1, Integer::sum);
            }
        }
        if (shared.size() <= MAX_CANDIDATES) {
            return new ArrayList<>(new TreeSet<>(shared.keySet()));
        }
        return shared.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_CANDIDATES)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    private void merge(String target, ClusterProfile profile, String other) {
        ClusterProfile absorbed = load(other);
        if (absorbed == null) {
            return;
        }
        for (String t : absorbed.terms) {
            state.delete("x/" + t + "/" + other);
            if (profile.terms.size() < ClusterProfile.MAX_TERMS && profile.terms.add(t)) {
                state.put("x/" + t + "/" + target, new byte[0]);
            }
        }
        profile.absorb(other, absorbed);
        byte[] to = target.getBytes(StandardCharsets.UTF_8);
        state.put("a/" + other, to);
        for (String old : absorbed.absorbed) {
            state.put("a/" + old, to);
        }
        drop(other);
    }

    private void save(String id, ClusterProfile profile, StoryFeatures f, long time) {
        for (String t : profile.add(f, time)) {
            state.put("x/" + t + "/" + id, new byte[0]);
        }
        store(id, profile);
    }

    private ClusterProfile load(String id) {
        ClusterProfile cached = profiles.get(id);
        if (cached != null) {
            return cached;
        }
        byte[] bytes = state.get("c/" + id);
        if (bytes == null) {
            return null;
        }
        ClusterProfile decoded = ClusterProfile.decode(bytes);
        profiles.put(id, decoded);
        return decoded;
    }

    private void store(String id, ClusterProfile profile) {
        state.put("c/" + id, profile.encode());
        profiles.put(id, profile);
    }

    private void drop(String id) {
        state.delete("c/" + id);
        profiles.remove(id);
    }

    static String newId(String storyId, long time) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < storyId.length(); i++) {
            h = (h ^ storyId.charAt(i)) * 0x100000001b3L;
        }
        return "evt-" + ID_TIME.format(Instant.ofEpochMilli(time)) + "-"
                + String.format(Locale.ROOT, "%08x", h & 0xffffffffL);
    }
}
