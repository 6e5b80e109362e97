package io.kawat.translate.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A DeepL API v2 server on loopback: {@code Authorization: DeepL-Auth-Key <key>} on every request (else 403);
 * {@code GET /v2/languages?type=source|target}; {@code POST /v2/translate} with a JSON body ({@code text} array,
 * {@code source_lang}, {@code target_lang}, {@code tag_handling}); errors as {@code {"message": "..."}}: 400 for a
 * bad request, 456 when the character quota is used up.
 */
final class FakeDeepL extends LoopbackHttpServer {
    private static final Set<String> SOURCES = Set.of("EN", "ES", "ID", "DE");
    private static final Set<String> TARGETS = Set.of("EN-GB", "EN-US", "ES", "ID", "DE");

    private final String authKey;
    private final long characterQuota;
    private final AtomicLong charactersUsed = new AtomicLong();

    /** @param characterQuota characters translated before it answers 456 */
    FakeDeepL(String authKey, long characterQuota) {
        this.authKey = authKey;
        this.characterQuota = characterQuota;
    }

    @Override
    protected Answer answer(Request request) throws IOException {
        if (!List.of("DeepL-Auth-Key " + authKey).equals(request.headers().get("Authorization"))) {
            return Answer.error(403, "message", "Authorization failure, check auth_key");
        }
        if (request.method().equals("GET") && request.path().equals("/v2/languages")) {
            Set<String> codes = "type=target".equals(request.query()) ? TARGETS : SOURCES;
            return Answer.ok(codes.stream()
                    .sorted()
                    .map(c -> Map.of("language", c, "name", c))
                    .toList());
        }
        if (!request.method().equals("POST") || !request.path().equals("/v2/translate")) {
            return Answer.error(404, "message", "Not found");
        }
        JsonNode body = json(request);
        JsonNode text = body.path("text");
        if (!text.isArray() || text.isEmpty()) {
            return Answer.error(400, "message", "Parameter 'text' not specified.");
        }
        if (!TARGETS.contains(body.path("target_lang").asText())) {
            return Answer.error(400, "message", "Value for 'target_lang' not supported.");
        }
        if (body.has("source_lang")
                && !SOURCES.contains(body.path("source_lang").asText())) {
            return Answer.error(400, "message", "Value for 'source_lang' not supported.");
        }
        long characters = 0;
        for (JsonNode t : text) {
            characters += t.asText().length();
        }
        if (charactersUsed.addAndGet(characters) > characterQuota) {
            return Answer.error(456, "message", "Quota exceeded");
        }
        boolean html = "html".equals(body.path("tag_handling").asText());
        List<Map<String, String>> translations = new ArrayList<>();
        text.forEach(t -> translations.add(
                Map.of("detected_source_language", "EN", "text", ToyDictionary.translate(t.asText(), html))));
        return Answer.ok(Map.of("translations", translations));
    }
}
