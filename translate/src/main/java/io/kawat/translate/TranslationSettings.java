package io.kawat.translate;

import io.kawat.platform.config.Config;
import io.kawat.platform.config.Setting;
import io.kawat.translate.internal.OpenAiChatTranslator;
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
            "*=apertium,libretranslate,deepl,openai",
            m -> m.values().stream().noneMatch(List::isEmpty),
            "pairs with at least one engine each",
            "Engines per language pair in fallback order, e.g. 'en-es=apertium,libretranslate; *=libretranslate,deepl'",
            false);
    public static final Setting<Integer> BATCH_SIZE = Setting.positiveInt(
            "translation.batch-size", 50, "Most texts sent to an engine in one call (DeepL takes at most 50)");
    public static final Setting<Map<String, Integer>> MAX_CONCURRENCY = new Setting<>(
            "translation.max-concurrency",
            TranslationConfig::parseConcurrency,
            "apertium=2,libretranslate=4,deepl=4,openai=4",
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

    public static final Setting<Map<String, Map<String, String>>> GLOSSARY = new Setting<>(
            "translation.glossary",
            TranslationConfig::parseGlossary,
            "",
            m -> true,
            "",
            "The newsroom's renderings per pair, applied whichever engine translates, e.g."
                    + " 'en-id: Secretary of State=Menlu, State Department=Kemlu; en-es: White House=Casa Blanca'",
            false);
    public static final Setting<String> OPENAI_URL = Setting.string(
            "translation.openai.url",
            "",
            "Base URL of an OpenAI-compatible chat-completions API (…/v1 for vLLM, llama.cpp, Ollama, LM Studio, OpenAI;"
                    + " https://<resource>.openai.azure.com/openai/deployments/<deployment> for Azure); empty: not used");
    public static final Setting<String> OPENAI_API_KEY =
            Setting.secret("translation.openai.api-key", "", "Its API key (empty: none, as local servers need)");
    public static final Setting<String> OPENAI_AUTH = Setting.string(
                    "translation.openai.auth",
                    "bearer",
                    "How the key is sent: 'bearer' (Authorization: Bearer, OpenAI and most servers) or 'api-key'"
                            + " (Azure OpenAI's api-key header)")
            .requiring(v -> v.equals("bearer") || v.equals("api-key"), "bearer or api-key");
    public static final Setting<String> OPENAI_API_VERSION = Setting.string(
            "translation.openai.api-version", "", "Azure OpenAI's api-version query parameter, e.g. 2024-10-21");
    public static final Setting<String> OPENAI_MODEL = Setting.string(
            "translation.openai.model", "", "The model name sent with each request (empty: the server's default)");
    public static final Setting<String> OPENAI_PROMPT = Setting.string(
            "translation.openai.prompt",
            OpenAiChatTranslator.DEFAULT_PROMPT,
            "The system prompt; {source} and {target} are the languages' names");
    public static final Setting<List<String>> OPENAI_PAIRS = new Setting<>(
            "translation.openai.pairs",
            text -> List.of(text.toLowerCase(java.util.Locale.ROOT).split("\\s*,\\s*")),
            "*",
            l -> l.stream().allMatch(p -> p.equals("*") || p.matches("[a-z]{2,3}-[a-z]{2,3}")),
            "'*' or pairs such as en-id,en-es",
            "The pairs the model may translate ('*': any)",
            false);
    public static final Setting<Double> OPENAI_TEMPERATURE = new Setting<>(
            "translation.openai.temperature",
            Double::parseDouble,
            "0",
            t -> t >= 0 && t <= 2,
            "a number from 0 to 2",
            "Sampling temperature (0: the most literal, repeatable answer)",
            false);
    public static final Setting<List<Double>> OPENAI_PRICES = new Setting<>(
            "translation.openai.prices",
            text -> java.util.Arrays.stream(text.split("\\s*,\\s*"))
                    .map(Double::parseDouble)
                    .toList(),
            "0,0",
            l -> l.size() == 2 && l.stream().allMatch(v -> v >= 0),
            "two non-negative numbers",
            "Price per 1,000 prompt tokens and per 1,000 completion tokens, for the cost metric",
            false);

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
                DEEPL_URL,
                GLOSSARY,
                OPENAI_URL,
                OPENAI_API_KEY,
                OPENAI_AUTH,
                OPENAI_API_VERSION,
                OPENAI_MODEL,
                OPENAI_PROMPT,
                OPENAI_PAIRS,
                OPENAI_TEMPERATURE,
                OPENAI_PRICES);
    }

    /** The service configuration from loaded settings. */
    public static TranslationConfig config(Config config) {
        return new TranslationConfig(
                config.get(ENGINES),
                config.get(BATCH_SIZE),
                config.get(MAX_CONCURRENCY),
                config.get(TIMEOUT),
                config.get(GLOSSARY));
    }
}
