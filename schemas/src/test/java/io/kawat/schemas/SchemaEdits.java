package io.kawat.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.avro.Schema;

/** Changes to a schema, as a developer might make them to an .avsc file, for the evolution check's own tests. */
final class SchemaEdits {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaEdits() {}

    /** The schema with one more top-level field, given as JSON. */
    static Schema withField(Schema schema, String fieldJson) {
        return edit(schema, root -> ((ArrayNode) root.get("fields")).add(read(fieldJson)));
    }

    /** The schema with a top-level field's type replaced. */
    static Schema withFieldType(Schema schema, String field, String typeJson) {
        return edit(
                schema,
                root -> root.get("fields").forEach(node -> {
                    if (node.get("name").asText().equals(field)) {
                        ((ObjectNode) node).set("type", read(typeJson));
                    }
                }));
    }

    /** The schema with a symbol removed from the enum defined in a top-level field. */
    static Schema withoutSymbol(Schema schema, String field, String symbol) {
        return edit(
                schema,
                root -> root.get("fields").forEach(node -> {
                    if (node.get("name").asText().equals(field)) {
                        ArrayNode symbols = (ArrayNode) node.get("type").get("symbols");
                        for (int i = symbols.size() - 1; i >= 0; i--) {
                            if (symbols.get(i).asText().equals(symbol)) {
                                symbols.remove(i);
                            }
                        }
                    }
                }));
    }

    private static Schema edit(Schema schema, Consumer<ObjectNode> change) {
        ObjectNode root = (ObjectNode) read(schema.toString());
        change.accept(root);
        return new Schema.Parser().parse(root.toString());
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
