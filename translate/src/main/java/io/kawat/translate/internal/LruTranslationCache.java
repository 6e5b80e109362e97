package io.kawat.translate.internal;

import io.kawat.translate.TranslationCache;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A bounded in-memory {@link TranslationCache}: least recently used entries go first. */
public final class LruTranslationCache implements TranslationCache {
    private final Map<String, String> entries;

    public LruTranslationCache(int maxEntries) {
        if (maxEntries <= 0) {
            throw new IllegalArgumentException("maxEntries must be positive, was " + maxEntries);
        }
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > maxEntries;
            }
        };
    }

    @Override
    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public synchronized void put(String key, String value) {
        entries.put(key, value);
    }

    synchronized int size() {
        return entries.size();
    }
}
