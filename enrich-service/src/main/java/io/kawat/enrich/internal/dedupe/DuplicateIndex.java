package io.kawat.enrich.internal.dedupe;

import io.kawat.enrich.internal.state.KeyValueState;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.TreeMap;

/**
 * LSH buckets of recent stories in the matcher's state.
 *
 * <p>Keys {@code d/<band>/<band hash>/<story id>}, value the story's receive time (8 bytes), so a lookup can skip
 * stories outside the window without loading them. Entries are removed with their story (see StoryMatcher).
 */
public final class DuplicateIndex {

    private static final String PREFIX = "d/";
    private final KeyValueState state;
    private final MinHasher hasher;

    public DuplicateIndex(KeyValueState state, MinHasher hasher) {
        this.state = state;
        this.hasher = hasher;
    }

    /** Stories sharing a band with the signature and received at or after {@code notBefore}, with their times. */
    public Map<String, Long> candidates(long[] signature, long notBefore) {
        Map<String, Long> out = new TreeMap<>();
        for (String band : hasher.bandKeys(signature)) {
            String prefix = PREFIX + band + "/";
            for (Map.Entry<String, byte[]> e : state.prefixScan(prefix)) {
                long time = ByteBuffer.wrap(e.getValue()).getLong();
                if (time >= notBefore) {
                    out.put(e.getKey().substring(prefix.length()), time);
                }
            }
        }
        return out;
    }

    /** Files a story under each of its bands. */
    public void add(String storyId, long[] signature, long receivedAt) {
        byte[] time = ByteBuffer.allocate(Long.BYTES).putLong(receivedAt).array();
        for (String band : hasher.bandKeys(signature)) {
            state.put(PREFIX + band + "/" + storyId, time);
        }
    }

    /** Removes a story from its bands. */
    public void remove(String storyId, long[] signature) {
        for (String band : hasher.bandKeys(signature)) {
            state.delete(PREFIX + band + "/" + storyId);
        }
    }
}
