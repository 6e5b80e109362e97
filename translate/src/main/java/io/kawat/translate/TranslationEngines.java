package io.kawat.translate;

import io.kawat.platform.config.Config;
import io.kawat.translate.internal.ApertiumCommandTranslator;
import io.kawat.translate.internal.DeepLTranslator;
import io.kawat.translate.internal.LibreTranslateTranslator;
import io.kawat.translate.internal.OpenAiChatTranslator;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the engine adapters. */
public final class TranslationEngines {
    private TranslationEngines() {}

    /** Apertium through its command line, e.g. {@code apertium("apertium", Duration.ofSeconds(30))}. */
    public static Translator apertium(String command, Duration timeout) {
        return new ApertiumCommandTranslator(command, timeout);
    }

    /** A LibreTranslate server; {@code apiKey} may be empty. */
    public static Translator libreTranslate(URI baseUrl, String apiKey, Duration timeout) {
        return new LibreTranslateTranslator(baseUrl, apiKey, timeout);
    }

    /** DeepL's API v2 at {@code baseUrl} (null: chosen from the key, free or Pro). */
    public static Translator deepL(URI baseUrl, String authKey, Duration timeout) {
        return new DeepLTranslator(baseUrl != null ? baseUrl : DeepLTranslator.defaultUrl(authKey), authKey, timeout);
    }

    /** A language model behind an OpenAI-compatible chat-completions API. */
    public static Translator openAiChat(OpenAiChatTranslator.Settings settings, MeterRegistry metrics) {
        return new OpenAiChatTranslator(settings, metrics);
    }

    /** As {@link #fromConfig(Config, MeterRegistry)}, with meters that go nowhere. */
    public static List<Translator> fromConfig(Config config) {
        return fromConfig(config, new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
    }

    /**
     * The engines the settings make available: Apertium always (pairs it lacks are simply not supported),
     * LibreTranslate when its URL is set, DeepL when its key is set, a chat-completions model when its URL is set.
     */
    public static List<Translator> fromConfig(Config config, MeterRegistry metrics) {
        Duration timeout = config.get(TranslationSettings.TIMEOUT);
        List<Translator> engines = new ArrayList<>();
        engines.add(apertium(config.get(TranslationSettings.APERTIUM_COMMAND), timeout));
        String libreUrl = config.get(TranslationSettings.LIBRETRANSLATE_URL);
        if (!libreUrl.isBlank()) {
            engines.add(libreTranslate(
                    URI.create(libreUrl.strip()), config.get(TranslationSettings.LIBRETRANSLATE_API_KEY), timeout));
        }
        String deeplKey = config.get(TranslationSettings.DEEPL_AUTH_KEY);
        if (!deeplKey.isBlank()) {
            String url = config.get(TranslationSettings.DEEPL_URL);
            engines.add(deepL(url.isBlank() ? null : URI.create(url.strip()), deeplKey, timeout));
        }
        String openAiUrl = config.get(TranslationSettings.OPENAI_URL);
        if (!openAiUrl.isBlank()) {
            List<Double> prices = config.get(TranslationSettings.OPENAI_PRICES);
            engines.add(openAiChat(
                    new OpenAiChatTranslator.Settings(
                            URI.create(openAiUrl.strip()),
                            config.get(TranslationSettings.OPENAI_API_KEY),
                            config.get(TranslationSettings.OPENAI_AUTH).equals("api-key"),
                            config.get(TranslationSettings.OPENAI_API_VERSION),
                            config.get(TranslationSettings.OPENAI_MODEL),
                            config.get(TranslationSettings.OPENAI_PROMPT),
                            java.util.Set.copyOf(config.get(TranslationSettings.OPENAI_PAIRS)),
                            config.get(TranslationSettings.OPENAI_TEMPERATURE),
                            prices.get(0),
                            prices.get(1),
                            timeout),
                    metrics));
        }
        return engines;
    }

    /**
     * For each edition, the configured engines (in the order they are tried) that can translate {@code from} into
     * it; an empty list means the edition stays untranslated (the source text with a note). The {@code from}
     * edition itself needs no engine and is left out. Asks each engine (Apertium lists its installed pairs).
     */
    public static Map<String, List<String>> coverage(Config config, String from, List<String> editions) {
        TranslationConfig routes = TranslationSettings.config(config);
        List<Translator> engines = fromConfig(config);
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String edition : editions) {
            if (edition.equals(from)) {
                continue;
            }
            List<String> usable = new ArrayList<>();
            for (String name : routes.enginesFor(from, edition)) {
                engines.stream()
                        .filter(e -> e.engine().equals(name) && e.supports(from, edition))
                        .findFirst()
                        .ifPresent(e -> usable.add(name));
            }
            out.put(edition, usable);
        }
        return out;
    }
}
