package io.kawat.schemas.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.kawat.schemas.Topics;
import io.kawat.schemas.TopicsConfig;
import io.kawat.schemas.registry.InMemorySchemaRegistryClient;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/asyncapi.yaml} is valid AsyncAPI 3.0 (the official JSON Schema, from the {@code @asyncapi/specs}
 * package, Apache-2.0) and says what the {@link Topics} registry provisions; both checks fail on a document broken
 * on purpose.
 */
class AsyncApiDocumentTest {
    private static final Path DOCUMENT =
            Path.of("..", "docs", "asyncapi.yaml").toAbsolutePath().normalize();

    private final Topics topics = Topics.create(TopicsConfig.defaults(), new InMemorySchemaRegistryClient());
    private final JsonNode doc = AsyncApiCheck.read(DOCUMENT);

    @Test
    void shouldBeValidAsyncApi30() throws Exception {
        assertThat(asyncApiSchema().validate(doc)).isEmpty();
    }

    @Test
    void shouldDescribeEveryTopicOfTheRegistryAndNothingElse() {
        assertThat(AsyncApiCheck.mismatches(doc, topics, DOCUMENT.getParent())).isEmpty();
    }

    @Test
    void shouldFailOnADocumentBrokenOnPurpose() throws Exception {
        ObjectNode broken = doc.deepCopy();
        ObjectNode channels = (ObjectNode) broken.path("channels");
        channels.remove("feedCommands");
        ((ArrayNode) channels.path("articles")
                        .path("bindings")
                        .path("kafka")
                        .path("topicConfiguration")
                        .path("cleanup.policy"))
                .set(0, "delete");
        channels.putObject("extra").put("address", "news.unknown.v1");
        ((ObjectNode) broken.path("components")
                        .path("messages")
                        .path("Article")
                        .path("payload")
                        .path("schema"))
                .put("$ref", "../schemas/src/main/avro/WireStory.avsc");

        assertThat(AsyncApiCheck.mismatches(broken, topics, DOCUMENT.getParent()))
                .anyMatch(m -> m.contains("ingest.commands.v1 has no channel"))
                .anyMatch(m -> m.contains("news.articles.v1 says cleanup.policy delete"))
                .anyMatch(m -> m.contains("news.unknown.v1 is not a Kawat topic"))
                .anyMatch(m -> m.contains("its values are Article"));

        broken.remove("info");
        assertThat(asyncApiSchema().validate(broken)).isNotEmpty();
    }

    private static JsonSchema asyncApiSchema() throws Exception {
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream("/contracts/asyncapi-3.0.0-schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }
}
