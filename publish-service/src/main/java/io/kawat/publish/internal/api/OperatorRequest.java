package io.kawat.publish.internal.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kawat.schemas.avro.ArticleAction;
import java.util.Iterator;
import java.util.Set;

/**
 * The body of an operator write, checked: {@code kill} needs {@code {"reason": "..."}}, {@code correct} needs
 * {@code {"note": "...", "headline": "..." (optional)}}, {@code resend} takes no body. Texts must not be blank or
 * longer than their cap; unknown fields are refused (a typo must not pass as an empty request).
 *
 * @param note     the reason of a kill or the note of a correction; null for a resend
 * @param headline the replacement headline of a correction, or null
 */
record OperatorRequest(String note, String headline) {
    static final int MAX_NOTE = 2_000;
    static final int MAX_HEADLINE = 300;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A body that cannot be accepted; the message is safe to return to the client. */
    static final class BadRequestException extends Exception {
        BadRequestException(String message) {
            super(message);
        }
    }

    static OperatorRequest parse(ArticleAction action, String body) throws BadRequestException {
        if (action == ArticleAction.RESEND) {
            return new OperatorRequest(null, null);
        }
        JsonNode json = object(body);
        if (action == ArticleAction.KILL) {
            allowOnly(json, Set.of("reason"));
            return new OperatorRequest(text(json, "reason", MAX_NOTE, true), null);
        }
        allowOnly(json, Set.of("note", "headline"));
        return new OperatorRequest(text(json, "note", MAX_NOTE, true), text(json, "headline", MAX_HEADLINE, false));
    }

    private static JsonNode object(String body) throws BadRequestException {
        if (body == null || body.isBlank()) {
            throw new BadRequestException("a JSON object body is required");
        }
        try {
            JsonNode json = JSON.readTree(body);
            if (json == null || !json.isObject()) {
                throw new BadRequestException("the body must be a JSON object");
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new BadRequestException("the body is not valid JSON");
        }
    }

    private static void allowOnly(JsonNode json, Set<String> fields) throws BadRequestException {
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw new BadRequestException(
                        "unknown field '" + name.replaceAll("[^A-Za-z0-9_-]", "?") + "'; expected "
                                + String.join(", ", fields.stream().sorted().toList()));
            }
        }
    }

    private static String text(JsonNode json, String field, int max, boolean required) throws BadRequestException {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new BadRequestException("'" + field + "' is required");
            }
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new BadRequestException("'" + field + "' must be a non-blank string");
        }
        String text = value.asText().strip();
        if (text.length() > max) {
            throw new BadRequestException("'" + field + "' is longer than " + max + " characters");
        }
        return text;
    }
}
