package io.kawat.publish.internal.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;

/**
 * The IPTC ninjs 2.1 JSON Schema (draft 2020-12, test resource {@code ninjs/}), with format assertions on. The schema's one
 * remote reference (GeoJSON, used only by places[].geojson, which Kawat never writes) maps to a local permissive
 * stub, so validation never touches the network.
 */
public final class NinjsSchema {

    private static final String GEOJSON = "https://geojson.org/schema/GeoJSON.json";

    private final JsonSchema schema;

    private NinjsSchema(JsonSchema schema) {
        this.schema = schema;
    }

    /** Loads ninjs-schema_2.1.json from the test resources. */
    public static NinjsSchema load() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(
                SpecVersion.VersionFlag.V202012,
                builder ->
                        builder.schemaLoaders(loaders -> loaders.schemas(Map.of(GEOJSON, "{\"type\": \"object\"}"))));
        SchemaValidatorsConfig config =
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = NinjsSchema.class.getResourceAsStream("/ninjs/ninjs-schema_2.1.json")) {
            return new NinjsSchema(factory.getSchema(in, config));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The validation errors (empty when valid). */
    public Set<ValidationMessage> errors(JsonNode ninjs) {
        return schema.validate(ninjs);
    }

    /** Asserts that the document is valid ninjs 2.1, listing every error otherwise. */
    public void assertValid(JsonNode ninjs) {
        assertThat(errors(ninjs))
                .as("ninjs 2.1 validation errors of %s", ninjs.path("uri").asText())
                .isEmpty();
    }
}
