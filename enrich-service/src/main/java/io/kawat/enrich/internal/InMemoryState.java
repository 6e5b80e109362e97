package io.kawat.enrich.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@link KeyValueState} on a sorted map, for a matcher outside Kafka Streams (tests, benchmarks); keys compare as
 * Strings, which matches the UTF-8 byte order of the Streams store for ASCII keys.
 */
public final class InMemoryState implements KeyValueState {

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

  /** Number of keys, for tests of retention. */
  public int size() {
    return map.size();
  }

  /** Keys starting with a prefix, for assertions. */
  public List<String> keys(String prefix) {
    return prefixScan(prefix).stream().map(Map.Entry::getKey).toList();
  }
}
