package io.kawat.translate;

import io.kawat.platform.config.Config;
import io.kawat.platform.config.Setting;
import java.util.List;
import java.util.Map;

/**
 * Translation settings (each overridable by {@code KAWAT_TRANSLATION_...} environment variables). Add
 * {@link #all()} to a service's settings, then build with {@link #config(Config)} and {@link TranslationEngines}.
 */
public final class TranslationSettings {
    public static final Setting<Map<String, List<String>>> ENGINES = new Setting<>(
            "translation.engines",
            TranslationConfig::parseEngines,
            "*=apertium,libretranslate,deepl",
            m -> m.values().stream().noneMatch(List::isEmpty),
            "pairs with at least one engine each",
            "Engines per language pair in fallback order, e.g. 'en-es=apertium,libretranslate; *=libretranslate,deepl'",
            false);
    public static final Setting<Integer> BATCH_SIZE = Setting.positiveInt(
            "translation.batch-size", 50, "Most texts sent to an engine in one call (DeepL takes at most 50)");
    public static final Setting<Map<String, Integer>> MAX_CONCURRENCY = new Setting<>(
            "translation.max-concurrency",
            TranslationConfig::parseConcurrency,
            "apertium=2,libretranslate=4,deepl=4",
            m -> m.values().stream().allMatch(v -> v > 0),
            "positive numbers",
            "Most calls in flight per engine (an engine not listed gets 1), e.g. 'apertium=2,deepl=4'",
            false);
    public static final Setting<java.time.Duration> TIMEOUT = Setting.duration(
                    "translation.timeout", "30s", "Longest engine call, and longest wait for a busy engine")
            .requiring(d -> !d.isZero(), "a positive duration");
    public static final Setting<Integer> CACHE_ENTRIES = Setting.positiveInt(
            "translation.cache-entries", 20_000, "Translations kept in memory (least recently used go first)");
    public static final Setting<String> APERTIUM_COMMAND = Setting.string(
            "translation.apertium.command",
            "apertium",
            "The apertium executable (Debian: apt-get install apertium apertium-eng-spa)");
    public static final Setting<String> LIBRETRANSLATE_URL = Setting.string(
            "translation.libretranslate.url",
            "",
            "LibreTranslate base URL, e.g. http://127.0.0.1:5000 (empty: not used)");
    public static final Setting<String> LIBRETRANSLATE_API_KEY =
            Setting.secret("translation.libretranslate.api-key", "", "LibreTranslate API key (empty: none)");
    public static final Setting<String> DEEPL_AUTH_KEY = Setting.secret(
            "translation.deepl.auth-key",
            "",
            "DeepL authentication key (empty: DeepL not used); set it through KAWAT_TRANSLATION_DEEPL_AUTH_KEY");
    public static final Setting<String> DEEPL_URL = Setting.string(
            "translation.deepl.url",
            "",
            "DeepL API base URL (empty: api-free.deepl.com for ':fx' keys, api.deepl.com otherwise)");

    private TranslationSettings() {}

    public static List<Setting<?>> all() {
        return List.of(
                ENGINES,
                BATCH_SIZE,
                MAX_CONCURRENCY,
                TIMEOUT,
                CACHE_ENTRIES,
                APERTIUM_COMMAND,
                LIBRETRANSLATE_URL,
                LIBRETRANSLATE_API_KEY,
                DEEPL_AUTH_KEY,
                DEEPL_URL);
    }

    /** The service configuration from loaded settings. */
    public static TranslationConfig config(Config config) {
        return new TranslationConfig(
                config.get(ENGINES), config.get(BATCH_SIZE), config.get(MAX_CONCURRENCY), config.get(TIMEOUT));
    }
}
