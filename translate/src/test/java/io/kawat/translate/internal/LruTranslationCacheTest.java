package io.kawat.translate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.translate.TranslationCache;
import org.junit.jupiter.api.Test;

class LruTranslationCacheTest {

    @Test
    void shouldEvictLeastRecentlyUsedEntryWhenFull() {
        LruTranslationCache cache = new LruTranslationCache(2);
        cache.put("a", "1");
        cache.put("b", "2");
        assertThat(cache.get("a")).contains("1");

        cache.put("c", "3");

        assertThat(cache.get("b")).isEmpty();
        assertThat(cache.get("a")).contains("1");
        assertThat(cache.get("c")).contains("3");
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void shouldKeyBySha256OfTextLanguagesAndEngine() {
        assertThat(TranslationCache.key("abc", "en", "es", "apertium"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad:en:es:apertium");
        assertThat(TranslationCache.key("abc", "en", "es", "deepl"))
                .isNotEqualTo(TranslationCache.key("abc", "en", "es", "apertium"));
    }
}
