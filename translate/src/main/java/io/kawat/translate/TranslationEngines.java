package io.kawat.translate;

import io.kawat.platform.config.Config;
import io.kawat.translate.internal.ApertiumCommandTranslator;
import io.kawat.translate.internal.DeepLTranslator;
import io.kawat.translate.internal.LibreTranslateTranslator;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * The engines the settings make available: Apertium always (pairs it lacks are simply not supported),
     * LibreTranslate when its URL is set, DeepL when its key is set.
     */
    public static List<Translator> fromConfig(Config config) {
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
        return engines;
    }
}
