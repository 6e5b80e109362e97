package io.kawat.translate;

import io.kawat.translate.internal.LruTranslationCache;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Engine outputs already paid for. {@link TranslationService} stores what an engine returned for a text whose
 * protected spans were replaced by placeholders, so one entry serves every text that differs only in those spans.
 * Implementations must be safe for concurrent use; a shared store (e.g. a compacted topic) can implement it.
 */
public interface TranslationCache {

    Optional<String> get(String key);

    void put(String key, String value);

    /** An in-process cache that evicts the least recently used entry beyond {@code maxEntries}. */
    static TranslationCache inMemory(int maxEntries) {
        return new LruTranslationCache(maxEntries);
    }

    /** A cache that keeps nothing. */
    static TranslationCache none() {
        return new TranslationCache() {
            @Override
            public Optional<String> get(String key) {
                return Optional.empty();
            }

            @Override
            public void put(String key, String value) {
                // keeps nothing by design
            }
        };
    }

    /** The key of a text: its SHA-256 in hex, then the languages and the engine, e.g. {@code 9f86…:en:es:apertium}. */
    static String key(String text, String from, String to, String engine) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash) + ":" + from + ":" + to + ":" + engine;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
