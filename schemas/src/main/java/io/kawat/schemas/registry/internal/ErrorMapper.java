package io.kawat.schemas.registry.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kawat.schemas.registry.IncompatibleSchemaException;
import io.kawat.schemas.registry.InvalidSchemaException;
import io.kawat.schemas.registry.SchemaNotFoundException;
import io.kawat.schemas.registry.SchemaRegistryException;
import io.kawat.schemas.registry.SubjectNotFoundException;
import io.kawat.schemas.registry.VersionNotFoundException;
import java.io.IOException;

/**
 * Turns an error response into a typed exception. The body is {@code {"error_code": ..., "message": ...}} on every
 * Confluent-compatible registry; a body that is not (a proxy's HTML page, Apicurio's plain-text 400) keeps the HTTP
 * status as its error code.
 */
public final class ErrorMapper {
    private static final int MAX_BODY_IN_MESSAGE = 300;

    private ErrorMapper() {}

    /** The exception for a non-2xx response to {@code request} (e.g. "GET /schemas/ids/7"). */
    public static SchemaRegistryException toException(String request, int status, String body, ObjectMapper json) {
        int code = status;
        String message = truncate(body);
        JsonNode node = parse(body, json);
        if (node != null
                && node.hasNonNull("error_code")
                && node.get("error_code").asInt() != 0) {
            code = node.get("error_code").asInt();
        }
        if (node != null && node.hasNonNull("message")) {
            message = node.get("message").asText();
        }
        String text = request + ": " + message;
        return switch (code) {
            case SubjectNotFoundException.ERROR_CODE -> new SubjectNotFoundException(text, status);
            case VersionNotFoundException.ERROR_CODE -> new VersionNotFoundException(text, status);
            case SchemaNotFoundException.ERROR_CODE -> new SchemaNotFoundException(text, status);
            case 409, 40901 -> new IncompatibleSchemaException(text, code, status);
            case InvalidSchemaException.ERROR_CODE -> new InvalidSchemaException(text, status);
            default -> new SchemaRegistryException(text, code, status);
        };
    }

    private static JsonNode parse(String body, ObjectMapper json) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = json.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (IOException notJson) {
            // A body that is not JSON is kept verbatim (truncated) as the message.
            return null;
        }
    }

    private static String truncate(String body) {
        if (body == null || body.isBlank()) {
            return "(no body)";
        }
        String trimmed = body.strip();
        return trimmed.length() <= MAX_BODY_IN_MESSAGE ? trimmed : trimmed.substring(0, MAX_BODY_IN_MESSAGE) + "...";
    }
}
