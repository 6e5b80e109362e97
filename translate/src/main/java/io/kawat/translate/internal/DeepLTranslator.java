package io.kawat.translate.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.kawat.translate.TranslationException;
import io.kawat.translate.Translator;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * DeepL's HTTP API v2: {@code POST /v2/translate} with {@code Authorization: DeepL-Auth-Key <key>} and a JSON body
 * ({@code text} array, upper-case {@code source_lang} and {@code target_lang}, {@code tag_handling=html} for HTML
 * fragments); {@code GET /v2/languages?type=source|target} for the pairs. 429 and 5xx are retriable; 456 (quota
 * exceeded) is retriable after an hour unless DeepL says otherwise; 400 and 403 are not. The key never leaves the
 * Authorization header: not in messages, logs or {@link #toString()}.
 */
public final class DeepLTranslator implements Translator {
    public static final String ENGINE = "deepl";
    static final Duration QUOTA_WAIT = Duration.ofHours(1);

    private final URI baseUrl;
    private final String authorization;
    private final JsonHttp http;
    private final CachedLookup<Set<String>> sources;
    private final CachedLookup<Set<String>> targets;

    /**
     * @param baseUrl the API, e.g. {@code https://api.deepl.com} ({@link #defaultUrl(String)} picks it from the key)
     * @param authKey the DeepL authentication key
     */
    public DeepLTranslator(URI baseUrl, String authKey, Duration timeout) {
        if (authKey == null || authKey.isBlank()) {
            throw new IllegalArgumentException("DeepL needs an authentication key");
        }
        this.baseUrl = baseUrl;
        this.authorization = "DeepL-Auth-Key " + authKey.strip();
        this.http = new JsonHttp(ENGINE, timeout, Map.of(456, QUOTA_WAIT));
        this.sources = new CachedLookup<>(
                "DeepL source languages", () -> fetchLanguages("source"), Duration.ofHours(1), Duration.ofSeconds(30));
        this.targets = new CachedLookup<>(
                "DeepL target languages", () -> fetchLanguages("target"), Duration.ofHours(1), Duration.ofSeconds(30));
    }

    /** The free API for keys ending in {@code :fx}, the Pro API otherwise. */
    public static URI defaultUrl(String authKey) {
        return URI.create(authKey.strip().endsWith(":fx") ? "https://api-free.deepl.com" : "https://api.deepl.com");
    }

    @Override
    public String engine() {
        return ENGINE;
    }

    @Override
    public boolean supports(String from, String to) {
        boolean source = sources.get().map(s -> s.contains(sourceCode(from))).orElse(true);
        return source && targets.get().map(t -> t.contains(targetCode(to))).orElse(true);
    }

    @Override
    public List<String> translate(List<String> texts, String from, String to) throws TranslationException {
        return FormatGroups.translate(ENGINE, texts, (group, html) -> send(group, from, to, html));
    }

    private List<String> send(List<String> texts, String from, String to, boolean html) throws TranslationException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", texts);
        body.put("source_lang", sourceCode(from));
        body.put("target_lang", targetCode(to));
        if (html) {
            body.put("tag_handling", "html");
        }
        JsonNode answer = http.send(authorized("/v2/translate")
                .header("Content-Type", "application/json")
                .POST(http.body(body)));
        JsonNode translations = answer.path("translations");
        if (!translations.isArray()) {
            throw new TranslationException("DeepL answered without a translations array", false);
        }
        List<String> result = new ArrayList<>(translations.size());
        translations.forEach(
                t -> result.add(t.path("text").isTextual() ? t.path("text").asText() : null));
        return result;
    }

    /** DeepL source codes have no variant: {@code EN}, {@code PT}. */
    static String sourceCode(String code) {
        return LanguageCodes.base(code).toUpperCase(Locale.ROOT);
    }

    /** DeepL wants a variant for some targets: {@code en} gives {@code EN-US}, {@code pt} {@code PT-PT}. */
    static String targetCode(String code) {
        String upper = code.strip().replace('_', '-').toUpperCase(Locale.ROOT);
        return switch (upper) {
            case "EN" -> "EN-US";
            case "PT" -> "PT-PT";
            case "ZH" -> "ZH-HANS";
            default -> upper;
        };
    }

    private HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(JsonHttp.endpoint(baseUrl, path)).header("Authorization", authorization);
    }

    private Set<String> fetchLanguages(String type) throws TranslationException {
        JsonNode answer = http.send(authorized("/v2/languages?type=" + type).GET());
        if (!answer.isArray()) {
            throw new TranslationException("DeepL /v2/languages is not an array", false);
        }
        Set<String> codes = new HashSet<>();
        answer.forEach(language -> codes.add(language.path("language").asText().toUpperCase(Locale.ROOT)));
        return Set.copyOf(codes);
    }

    @Override
    public String toString() {
        return "DeepLTranslator[" + baseUrl + "]";
    }
}
