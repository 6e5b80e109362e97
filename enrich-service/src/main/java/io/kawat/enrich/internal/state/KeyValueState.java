package io.kawat.enrich.internal.state;

import java.util.List;
import java.util.Map;

/**
 * The small key-value interface {@link StoryMatcher} keeps its state in: a Kafka Streams key-value store in
 * production, a sorted map in tests. Keys are UTF-8 strings ordered as their bytes.
 */
public interface KeyValueState {

    /** The value, or null when absent. */
    byte[] get(String key);

    /** Inserts or replaces. */
    void put(String key, byte[] value);

    /** Removes; absent keys are ignored. */
    void delete(String key);

    /** Keys starting with prefix, in key order. */
    List<Map.Entry<String, byte[]>> prefixScan(String prefix);
}
