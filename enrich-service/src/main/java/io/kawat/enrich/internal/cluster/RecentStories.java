package io.kawat.enrich.internal.cluster;

import io.kawat.enrich.internal.state.KeyValueState;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The stories the matcher remembers, their time index, entity counts and the retention that bounds them.
 *
 * <p>Keys: {@code s/<story id>} the {@link StoryRecord}; {@code t/<hour bucket, 10 digits>/<receive millis, 13
 * digits>/<story id>} the time index (empty values; key order is time order); {@code f/<entity key>} how many
 * remembered stories mention the entity; {@code m/count}, {@code m/oldest-bucket} and {@code m/stream-time}
 * bookkeeping. Retention: a story leaves when it is older than the window behind the newest receive time seen, or
 * when more than the maximum number of stories are kept (oldest first).
 */
public final class RecentStories {

    private static final long BUCKET_MILLIS = 3_600_000L;
    private static final long MAX_BUCKET_STEPS = 24 * 14;
    private final KeyValueState state;

    public RecentStories(KeyValueState state) {
        this.state = state;
    }

    /** The record of a story, or null. */
    public StoryRecord get(String storyId) {
        byte[] bytes = state.get("s/" + storyId);
        return bytes == null ? null : StoryRecord.decode(bytes);
    }

    /** Remembers a story. */
    public void put(String storyId, StoryRecord record) {
        state.put("s/" + storyId, record.encode());
        state.put(timeKey(record.receivedAt(), storyId), new byte[0]);
        for (String e : record.entityKeys()) {
            state.put("f/" + e, longBytes(entityCount(e) + 1));
        }
        long bucket = record.receivedAt() / BUCKET_MILLIS;
        if (state.get("m/oldest-bucket") == null || bucket < readLong("m/oldest-bucket")) {
            state.put("m/oldest-bucket", longBytes(bucket));
        }
        state.put("m/count", longBytes(count() + 1));
    }

    /** Number of remembered stories. */
    public long count() {
        return readLong("m/count");
    }

    /** Remembered stories mentioning an entity. */
    public long entityCount(String entityKey) {
        return readLong("f/" + entityKey);
    }

    /** Advances stream time; returns the newest receive time seen. */
    public long advance(long receivedAt) {
        long now = Math.max(readLong("m/stream-time"), receivedAt);
        state.put("m/stream-time", longBytes(now));
        return now;
    }

    /**
     * Forgets stories received before {@code cutoff} and, oldest first, any beyond {@code maxEntries}; each forgotten
     * story is handed to {@code onEvict} after its own keys are gone.
     */
    public void evict(long cutoff, long maxEntries, Consumer<Map.Entry<String, StoryRecord>> onEvict) {
        if (state.get("m/oldest-bucket") == null) {
            return;
        }
        long bucket = readLong("m/oldest-bucket");
        long last = readLong("m/stream-time") / BUCKET_MILLIS;
        if (last - bucket > MAX_BUCKET_STEPS) {
            // A long gap (a stray old timestamp): find the oldest bucket with one full scan instead of hour by hour.
            List<Map.Entry<String, byte[]>> all = state.prefixScan("t/");
            bucket = all.isEmpty() ? last : Long.parseLong(all.get(0).getKey().split("/", 3)[1]);
        }
        while (bucket <= last) {
            List<Map.Entry<String, byte[]>> entries = state.prefixScan(String.format(Locale.ROOT, "t/%010d/", bucket));
            for (Map.Entry<String, byte[]> e : entries) {
                String[] parts = e.getKey().split("/", 4);
                long time = Long.parseLong(parts[2]);
                if (time >= cutoff && count() <= maxEntries) {
                    state.put("m/oldest-bucket", longBytes(bucket));
                    return;
                }
                forget(parts[3], onEvict);
            }
            bucket++;
        }
        state.put("m/oldest-bucket", longBytes(bucket));
    }

    private void forget(String storyId, Consumer<Map.Entry<String, StoryRecord>> onEvict) {
        StoryRecord r = get(storyId);
        if (r == null) {
            return;
        }
        state.delete("s/" + storyId);
        state.delete(timeKey(r.receivedAt(), storyId));
        for (String e : r.entityKeys()) {
            long n = entityCount(e) - 1;
            if (n > 0) {
                state.put("f/" + e, longBytes(n));
            } else {
                state.delete("f/" + e);
            }
        }
        state.put("m/count", longBytes(count() - 1));
        onEvict.accept(Map.entry(storyId, r));
    }

    private static String timeKey(long time, String storyId) {
        return String.format(Locale.ROOT, "t/%010d/%013d/%s", time / BUCKET_MILLIS, time, storyId);
    }

    private long readLong(String key) {
        byte[] v = state.get(key);
        return v == null ? 0L : ByteBuffer.wrap(v).getLong();
    }

    private static byte[] longBytes(long v) {
        return ByteBuffer.allocate(Long.BYTES).putLong(v).array();
    }
}
