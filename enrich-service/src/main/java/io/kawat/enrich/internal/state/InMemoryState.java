package io.kawat.enrich.internal.state;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@link KeyValueState} in memory: a hash map for reads, a sorted map for prefix scans (keys compare as Strings,
 * which matches the UTF-8 byte order of the Streams store for ASCII keys). The matcher's mirror of its store, and its
 * whole state outside Kafka Streams (tests, benchmarks).
 */
public final class InMemoryState implements KeyValueState {

    private final TreeMap<String, byte[]> map = new TreeMap<>();
    private final HashMap<String, byte[]> values = new HashMap<>();

    @Override
    public byte[] get(String key) {
        return values.get(key);
    }

    @Override
    public void put(String key, byte[] value) {
        map.put(key, value);
        values.put(key, value);
    }

    @Override
    public void delete(String key) {
        map.remove(key);
        values.remove(key);
    }

    @Override
    public List<Map.Entry<String, byte[]>> prefixScan(String prefix) {
        return new ArrayList<>(
                map.subMap(prefix, true, prefix + Character.MAX_VALUE, false).entrySet());
    }

    /** Number of keys, for tests of retention. */
    public int size() {
        return map.size();
    }

    /** Keys starting with a prefix, for assertions. */
    public List<String> keys(String prefix) {
        return prefixScan(prefix).stream().map(Map.Entry::getKey).toList();
    }
}
