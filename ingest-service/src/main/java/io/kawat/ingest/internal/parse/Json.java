package io.kawat.ingest.internal.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Null-safe reads from Jackson trees for the JSON formats. */
final class Json {

    private Json() {}

    /** Text of a textual or numeric field, null when absent, null or blank. */
    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        return Texts.clean(v.asText());
    }

    /** Raw text of a textual field (whitespace kept), null when absent. */
    static String raw(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || !v.isTextual() ? null : v.asText();
    }

    static Integer integer(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        return v.isNumber() ? Integer.valueOf(v.asInt()) : Texts.parseIntOrNull(v.asText());
    }

    /** The elements of an array field, or the values of an object field; empty otherwise. */
    static List<JsonNode> elements(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        List<JsonNode> out = new ArrayList<>();
        if (v != null && v.isContainerNode()) {
            v.elements().forEachRemaining(out::add);
        }
        return out;
    }

    /** The "value" of the first element with the given role (ninjs 2 headlines, descriptions, bodies), else null. */
    static String byRole(JsonNode node, String field, String... roles) {
        for (String role : roles) {
            for (JsonNode e : elements(node, field)) {
                if (role.equalsIgnoreCase(text(e, "role"))) {
                    return raw(e, "value");
                }
            }
        }
        return null;
    }
}
