package io.kawat.translate.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.kawat.translate.TranslationException;
import io.kawat.translate.Translator;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * LibreTranslate's HTTP API: {@code POST /translate} with {@code q} (an array), {@code source}, {@code target},
 * {@code format} ({@code text} or {@code html}) and {@code api_key}; {@code GET /languages} for the pairs.
 * 429 and 5xx are retriable, 400 and 403 are not. While the language list cannot be fetched, every pair is assumed
 * supported, so a down server leaves translations pending rather than marking pairs unsupported.
 */
public final class LibreTranslateTranslator implements Translator {
    public static final String ENGINE = "libretranslate";

    private final URI baseUrl;
    private final String apiKey;
    private final JsonHttp http;
    private final CachedLookup<Map<String, Set<String>>> languages;

    /**
     * @param baseUrl the server, e.g. {@code http://127.0.0.1:5000}
     * @param apiKey  the API key, or empty when the server needs none
     */
    public LibreTranslateTranslator(URI baseUrl, String apiKey, Duration timeout) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey == null ? "" : apiKey;
        this.http = new JsonHttp(ENGINE, timeout, Map.of());
        this.languages = new CachedLookup<>(
                "LibreTranslate languages", this::fetchLanguages, Duration.ofHours(1), Duration.ofSeconds(30));
    }

    @Override
    public String engine() {
        return ENGINE;
    }

    @Override
    public boolean supports(String from, String to) {
        return languages
                .get()
                .map(byCode ->
                        byCode.getOrDefault(LanguageCodes.base(from), Set.of()).contains(LanguageCodes.base(to)))
                .orElse(true);
    }

    @Override
    public List<String> translate(List<String> texts, String from, String to) throws TranslationException {
        return FormatGroups.translate(ENGINE, texts, (group, html) -> send(group, from, to, html));
    }

    private List<String> send(List<String> texts, String from, String to, boolean html) throws TranslationException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("q", texts);
        body.put("source", LanguageCodes.base(from));
        body.put("target", LanguageCodes.base(to));
        body.put("format", html ? "html" : "text");
        if (!apiKey.isEmpty()) {
            body.put("api_key", apiKey);
        }
        JsonNode answer = http.send(HttpRequest.newBuilder(JsonHttp.endpoint(baseUrl, "/translate"))
                .header("Content-Type", "application/json")
                .POST(http.body(body)));
        JsonNode translated = answer.path("translatedText");
        if (!translated.isArray()) {
            throw new TranslationException("LibreTranslate answered without a translatedText array", false);
        }
        List<String> result = new ArrayList<>(translated.size());
        translated.forEach(node -> result.add(node.isTextual() ? node.asText() : null));
        return result;
    }

    private Map<String, Set<String>> fetchLanguages() throws TranslationException {
        JsonNode answer = http.send(
                HttpRequest.newBuilder(JsonHttp.endpoint(baseUrl, "/languages")).GET());
        if (!answer.isArray()) {
            throw new TranslationException("LibreTranslate /languages is not an array", false);
        }
        Map<String, Set<String>> targetsBySource = new HashMap<>();
        for (JsonNode language : answer) {
            Set<String> targets = new HashSet<>();
            language.path("targets").forEach(t -> targets.add(LanguageCodes.base(t.asText())));
            targetsBySource.put(LanguageCodes.base(language.path("code").asText()), Set.copyOf(targets));
        }
        return Map.copyOf(targetsBySource);
    }

    @Override
    public String toString() {
        return "LibreTranslateTranslator[" + baseUrl + "]";
    }
}
