package io.kawat.translate.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A LibreTranslate server on loopback that speaks its documented API: {@code GET /languages};
 * {@code POST /translate} with a JSON body ({@code q} a string or an array, {@code source}, {@code target},
 * {@code format} text or html, {@code api_key}); errors as {@code {"error": "..."}} with 400 (bad request,
 * unsupported language), 403 (invalid API key) and 429 (beyond the request limit, with {@code Retry-After}).
 */
final class FakeLibreTranslate extends LoopbackHttpServer {
    private static final Set<String> LANGUAGES = Set.of("en", "es", "id");

    private final String apiKey;
    private final int requestLimit;
    private final AtomicInteger translateRequests = new AtomicInteger();

    /**
     * @param apiKey       the key clients must send, or null when the server needs none
     * @param requestLimit translate requests allowed before it answers 429, or 0 for no limit
     */
    FakeLibreTranslate(String apiKey, int requestLimit) {
        this.apiKey = apiKey;
        this.requestLimit = requestLimit;
    }

    @Override
    protected Answer answer(Request request) throws IOException {
        if (request.method().equals("GET") && request.path().equals("/languages")) {
            return Answer.ok(List.of(
                    language("en", "English", List.of("es", "id")),
                    language("es", "Spanish", List.of("en")),
                    language("id", "Indonesian", List.of("en"))));
        }
        if (!request.method().equals("POST") || !request.path().equals("/translate")) {
            return Answer.error(404, "error", "Not Found");
        }
        JsonNode body = json(request);
        if (apiKey != null && !apiKey.equals(body.path("api_key").asText())) {
            return Answer.error(403, "error", "Invalid API key");
        }
        if (requestLimit > 0 && translateRequests.incrementAndGet() > requestLimit) {
            return new Answer(429, Map.of("Retry-After", "60"), Map.of("error", "Too many request limits violations"));
        }
        JsonNode q = body.path("q");
        if (q.isMissingNode()) {
            return Answer.error(400, "error", "Invalid request: missing q parameter");
        }
        for (String field : List.of("source", "target")) {
            if (!LANGUAGES.contains(body.path(field).asText())) {
                return Answer.error(400, "error", body.path(field).asText() + " is not supported");
            }
        }
        String format = body.path("format").asText("text");
        if (!format.equals("text") && !format.equals("html")) {
            return Answer.error(400, "error", format + " format is not supported");
        }
        boolean html = format.equals("html");
        if (q.isTextual()) {
            return Answer.ok(Map.of("translatedText", ToyDictionary.translate(q.asText(), html)));
        }
        List<String> translated = new ArrayList<>();
        q.forEach(text -> translated.add(ToyDictionary.translate(text.asText(), html)));
        return Answer.ok(Map.of("translatedText", translated));
    }

    private static Map<String, Object> language(String code, String name, List<String> targets) {
        return Map.of("code", code, "name", name, "targets", targets);
    }
}
