package io.kawat.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kawat.schemas.avro.FeedCommand;
import io.kawat.schemas.registry.internal.Backoff;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client's HTTP behaviour against a scripted server: media types, auth, retries, error mapping, caching. */
class RestSchemaRegistryClientTest {
    private static final Schema SCHEMA = FeedCommand.getClassSchema();
    private static final String SCHEMA_BODY = "{\"schema\":" + quoted(SCHEMA.toString()) + "}";

    private final StubRegistry stub = new StubRegistry();
    private final List<Duration> waits = new ArrayList<>();

    RestSchemaRegistryClientTest() throws IOException {}

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void shouldSendConfluentMediaTypesAndTheSchemaTextWhenRegistering() {
        stub.respond(200, "{\"id\":42}");

        int id = client(RegistryClientConfig.of(stub.url())).register("a b/c", SCHEMA);

        StubRegistry.Request request = stub.requests().get(0);
        assertThat(id).isEqualTo(42);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/registry/subjects/a%20b%2Fc/versions");
        assertThat(request.header("Content-Type")).isEqualTo("application/vnd.schemaregistry.v1+json");
        assertThat(request.header("Accept")).startsWith("application/vnd.schemaregistry.v1+json");
        assertThat(request.body()).isEqualTo(SCHEMA_BODY);
        assertThat(request.header("Authorization")).isNull();
    }

    @Test
    void shouldSendBasicCredentialsWhenConfigured() {
        stub.respond(200, "[]");

        client(RegistryClientConfig.of(stub.url()).withBasicAuth("kawat", "s3cret"))
                .subjects();

        assertThat(stub.requests().get(0).header("Authorization")).isEqualTo("Basic a2F3YXQ6czNjcmV0");
    }

    @Test
    void shouldSendTheBearerTokenWhenConfigured() {
        stub.respond(200, "[]");

        client(RegistryClientConfig.of(stub.url()).withBearerToken("tok-123")).subjects();

        assertThat(stub.requests().get(0).header("Authorization")).isEqualTo("Bearer tok-123");
    }

    @Test
    void shouldAskTheRegistryOnceWhenTheSameSchemaIsRegisteredOrReadAgain() {
        stub.respond(200, "{\"id\":7}");
        RestSchemaRegistryClient client = client(RegistryClientConfig.of(stub.url()));

        assertThat(client.register("s", SCHEMA)).isEqualTo(7);
        assertThat(client.register("s", SCHEMA)).isEqualTo(7);
        assertThat(client.schemaById(7)).isEqualTo(SCHEMA);

        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    void shouldTakeAMissingSchemaTypeAsAvroWhenReadingById() {
        stub.respond(200, SCHEMA_BODY).respond(200, "{\"schema\":\"syntax = 'proto3';\",\"schemaType\":\"PROTOBUF\"}");
        RestSchemaRegistryClient client = client(RegistryClientConfig.of(stub.url()));

        assertThat(client.schemaById(3)).isEqualTo(SCHEMA);
        assertThatThrownBy(() -> client.schemaById(4))
                .isInstanceOf(InvalidSchemaException.class)
                .hasMessageContaining("PROTOBUF");
        assertThat(stub.requests().get(0).path()).isEqualTo("/registry/schemas/ids/3");
    }

    @Test
    void shouldRetryWithGrowingWaitsWhenTheRegistryAnswers5xx() {
        stub.respond(503, "busy")
                .respond(500, "{\"error_code\":50001,\"message\":\"store\"}")
                .respond(200, "[\"s\"]");

        List<String> subjects = client(RegistryClientConfig.of(stub.url())).subjects();

        assertThat(subjects).containsExactly("s");
        assertThat(stub.requests()).hasSize(3);
        assertThat(waits).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20));
    }

    @Test
    void shouldGiveUpWithTheLastErrorWhenRetriesAreExhausted() {
        stub.respond(503, "a").respond(503, "b").respond(503, "c").respond(502, "<html>bad gateway</html>");

        assertThatThrownBy(() -> client(RegistryClientConfig.of(stub.url())).subjects())
                .isInstanceOfSatisfying(SchemaRegistryException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(502);
                    assertThat(e.errorCode()).isEqualTo(502);
                    assertThat(e.isRetriable()).isTrue();
                })
                .hasMessageContaining("<html>bad gateway</html>");
        assertThat(stub.requests()).hasSize(4);
    }

    @Test
    void shouldRetryWhenARequestTimesOut() {
        stub.hang().respond(200, "[1,2]");
        RegistryClientConfig config = RegistryClientConfig.of(stub.url()).withTimeout(Duration.ofMillis(300), 1);

        assertThat(client(config).versions("s")).containsExactly(1, 2);
        assertThat(waits).containsExactly(Duration.ofMillis(10));
    }

    @Test
    void shouldNotRetryWhenTheRegistryAnswers4xx() {
        stub.respond(404, "{\"error_code\":40401,\"message\":\"Subject 's' not found.\"}");

        assertThatThrownBy(() -> client(RegistryClientConfig.of(stub.url())).versions("s"))
                .isInstanceOfSatisfying(SubjectNotFoundException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(40401);
                    assertThat(e.httpStatus()).isEqualTo(404);
                })
                .hasMessageContaining("GET /subjects/s/versions: Subject 's' not found.");
        assertThat(stub.requests()).hasSize(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void shouldReadConfluentAndApicurioCompatibilityAnswersWhenChecking() {
        stub.respond(200, "{\"is_compatible\":false,\"messages\":[\"READER_FIELD_MISSING_DEFAULT_VALUE\"]}")
                .respond(200, "{\"is_compatible\":false,\"reason\":\"c at /fields/1\"}")
                .respond(200, "{\"is_compatible\":true}");
        RestSchemaRegistryClient client = client(RegistryClientConfig.of(stub.url()));

        assertThat(client.checkCompatibility("s", SCHEMA))
                .isEqualTo(new CompatibilityResult(false, List.of("READER_FIELD_MISSING_DEFAULT_VALUE")));
        assertThat(client.checkCompatibility("s", SCHEMA))
                .isEqualTo(new CompatibilityResult(false, List.of("c at /fields/1")));
        assertThat(client.checkCompatibility("s", SCHEMA)).isEqualTo(new CompatibilityResult(true, List.of()));
        assertThat(stub.requests().get(0).path())
                .isEqualTo("/registry/compatibility/subjects/s/versions/latest?verbose=true");
    }

    @Test
    void shouldSendAndReadCompatibilityLevelsWhenConfiguring() {
        stub.respond(200, "{\"compatibility\":\"FULL\"}").respond(200, "{\"compatibilityLevel\":\"FULL\"}");
        RestSchemaRegistryClient client = client(RegistryClientConfig.of(stub.url()));

        client.setSubjectCompatibility("s", CompatibilityLevel.FULL);

        assertThat(client.subjectCompatibility("s")).isEqualTo(CompatibilityLevel.FULL);
        assertThat(stub.requests().get(0).method()).isEqualTo("PUT");
        assertThat(stub.requests().get(0).body()).isEqualTo("{\"compatibility\":\"FULL\"}");
        assertThat(stub.requests().get(1).path()).isEqualTo("/registry/config/s?defaultToGlobal=true");
    }

    @Test
    void shouldAskAgainWhenTheSubjectWasDeletedThroughThisClient() {
        stub.respond(200, "{\"id\":7}").respond(200, "[1]").respond(200, "{\"id\":8}");
        RestSchemaRegistryClient client = client(RegistryClientConfig.of(stub.url()));

        client.register("s", SCHEMA);
        assertThat(client.deleteSubject("s", false)).containsExactly(1);

        assertThat(client.register("s", SCHEMA)).isEqualTo(8);
        assertThat(stub.requests().get(1).method()).isEqualTo("DELETE");
        assertThat(stub.requests().get(1).path()).isEqualTo("/registry/subjects/s");
    }

    private RestSchemaRegistryClient client(RegistryClientConfig config) {
        return new RestSchemaRegistryClient(
                config, new Backoff(Duration.ofMillis(10), Duration.ofMillis(40)), waits::add);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
