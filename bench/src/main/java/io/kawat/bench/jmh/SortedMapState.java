package io.kawat.bench.jmh;

import io.kawat.enrich.internal.KeyValueState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The matcher's {@link KeyValueState} in a sorted map: keys compare as strings, as UTF-8 bytes do for ASCII keys. */
final class SortedMapState implements KeyValueState {

    private final TreeMap<String, byte[]> map = new TreeMap<>();

    @Override
    public byte[] get(String key) {
        return map.get(key);
    }

    @Override
    public void put(String key, byte[] value) {
        map.put(key, value);
    }

    @Override
    public void delete(String key) {
        map.remove(key);
    }

    @Override
    public List<Map.Entry<String, byte[]>> prefixScan(String prefix) {
        return new ArrayList<>(map.subMap(prefix, true, prefix + Character.MAX_VALUE, false).entrySet());
    }
}
