package io.kawat.schemas.registry.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.kawat.schemas.registry.CompatibilityLevel;
import io.kawat.schemas.registry.CompatibilityResult;
import io.kawat.schemas.registry.InvalidSchemaException;
import io.kawat.schemas.registry.RegisteredSchema;
import io.kawat.schemas.registry.SchemaRegistryException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/** Reads the JSON bodies of the Confluent REST API into Kawat's types, and encodes path segments. */
public final class Responses {
    private Responses() {}

    /** A subject (or other value) as one URL path segment. */
    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The Avro schema in a body with {@code schema} and optional {@code schemaType} (missing means AVRO). */
    public static Schema schema(JsonNode body, String what) {
        String type = body.path("schemaType").asText("AVRO");
        if (!type.toUpperCase(Locale.ROOT).equals("AVRO")) {
            throw new InvalidSchemaException(what + ": schema type " + type + " is not supported, only AVRO", 200);
        }
        JsonNode text = body.get("schema");
        if (text == null || !text.isTextual()) {
            throw new SchemaRegistryException(what + ": response has no schema", 0, 200);
        }
        return parse(text.asText(), what);
    }

    /** Parses schema text from the registry. */
    public static Schema parse(String text, String what) {
        try {
            return new Schema.Parser().parse(text);
        } catch (SchemaParseException e) {
            throw new InvalidSchemaException(
                    what + ": the registry returned a schema Avro cannot parse: " + e.getMessage(), 200, e);
        }
    }

    /** A version body: {@code subject, version, id, schema[, schemaType]}. */
    public static RegisteredSchema registered(JsonNode body, String subject, String what) {
        String bodySubject = body.path("subject").asText(subject);
        return new RegisteredSchema(
                bodySubject, body.path("version").asInt(), requiredInt(body, "id", what), schema(body, what));
    }

    /** {@code is_compatible} with Confluent's {@code messages} array or Apicurio's {@code reason} string. */
    public static CompatibilityResult compatibility(JsonNode body) {
        List<String> messages = new ArrayList<>();
        body.path("messages").forEach(message -> messages.add(message.asText()));
        JsonNode reason = body.get("reason");
        if (reason != null && reason.isTextual() && !reason.asText().isBlank()) {
            messages.add(reason.asText());
        }
        return new CompatibilityResult(body.path("is_compatible").asBoolean(false), messages);
    }

    /** The level in a config body: {@code compatibilityLevel} on GET, {@code compatibility} on PUT. */
    public static CompatibilityLevel level(JsonNode body, String what) {
        String value = body.hasNonNull("compatibilityLevel")
                ? body.get("compatibilityLevel").asText()
                : body.path("compatibility").asText("");
        try {
            return CompatibilityLevel.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SchemaRegistryException(what + ": unknown compatibility level '" + value + "'", 0, 200, e);
        }
    }

    /** A JSON array of ints. */
    public static List<Integer> ints(JsonNode body) {
        List<Integer> values = new ArrayList<>();
        body.forEach(value -> values.add(value.asInt()));
        return List.copyOf(values);
    }

    /** A JSON array of strings. */
    public static List<String> strings(JsonNode body) {
        List<String> values = new ArrayList<>();
        body.forEach(value -> values.add(value.asText()));
        return List.copyOf(values);
    }

    /** An int field that must be there. */
    public static int requiredInt(JsonNode body, String field, String what) {
        JsonNode value = body.get(field);
        if (value == null || !value.canConvertToInt()) {
            throw new SchemaRegistryException(what + ": response has no '" + field + "'", 0, 200);
        }
        return value.asInt();
    }
}
