package io.kawat.translate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kawat.translate.TranslationException;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LibreTranslateTranslatorTest {
    private final FakeLibreTranslate server = new FakeLibreTranslate("secret-key", 0);
    private final LibreTranslateTranslator libre =
            new LibreTranslateTranslator(server.url(), "secret-key", Duration.ofSeconds(5));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void shouldTranslateBatchInOrderWhenServerAnswers() throws Exception {
        List<String> spanish =
                libre.translate(List.of("The house is red.", "Good morning.", "The cat is black."), "en", "es");

        assertThat(spanish).containsExactly("La casa es roja.", "Buenos días.", "La gato es negro.");
        JsonNode body =
                new ObjectMapper().readTree(server.requests("/translate").get(0).body());
        assertThat(body.path("q").isArray()).isTrue();
        assertThat(body.path("q")).hasSize(3);
        assertThat(body.path("source").asText()).isEqualTo("en");
        assertThat(body.path("target").asText()).isEqualTo("es");
        assertThat(body.path("format").asText()).isEqualTo("text");
        assertThat(body.path("api_key").asText()).isEqualTo("secret-key");
    }

    @Test
    void shouldSendHtmlFragmentsWithHtmlFormatWhenBatchMixesFormats() throws Exception {
        List<String> spanish =
                libre.translate(List.of("The house", "<p>The <b>big</b> house</p>", "", "Red"), "en", "es");

        assertThat(spanish).containsExactly("La casa", "<p>La <b>grande</b> casa</p>", "", "Roja");
        List<String> formats = server.requests("/translate").stream()
                .map(r -> field(r, "format"))
                .toList();
        assertThat(formats).containsExactly("text", "html");
    }

    @Test
    void shouldFailPermanentlyWhenServerAnswers400() {
        assertFailure(() -> libre.translate(List.of("The house"), "en", "xx"), false, "HTTP 400: xx is not supported");
    }

    @Test
    void shouldFailPermanentlyWhenApiKeyIsRejected() {
        LibreTranslateTranslator wrongKey = new LibreTranslateTranslator(server.url(), "wrong", Duration.ofSeconds(5));

        assertFailure(() -> wrongKey.translate(List.of("The house"), "en", "es"), false, "HTTP 403: Invalid API key");
    }

    @Test
    void shouldFailRetriablyWithRetryAfterWhenRateLimited() throws Exception {
        try (FakeLibreTranslate limited = new FakeLibreTranslate(null, 2)) {
            LibreTranslateTranslator client = new LibreTranslateTranslator(limited.url(), "", Duration.ofSeconds(5));
            assertThat(client.translate(List.of("Red"), "en", "es")).containsExactly("Roja");
            assertThat(client.translate(List.of("Red"), "en", "es")).containsExactly("Roja");

            TranslationException e = assertFailure(
                    () -> client.translate(List.of("Red"), "en", "es"),
                    true,
                    "HTTP 429: Too many request limits violations");
            assertThat(e.retryAfter()).contains(Duration.ofSeconds(60));
            assertThat(field(limited.requests("/translate").get(0), "api_key")).isEmpty();
        }
    }

    @Test
    void shouldFailRetriablyWhenServerAnswers500() {
        server.failNext(500, Map.of(), "{\"error\":\"Argos crashed\"}");

        assertFailure(() -> libre.translate(List.of("Red"), "en", "es"), true, "HTTP 500: Argos crashed");
    }

    @Test
    void shouldFailRetriablyWhenServerIsTooSlow() {
        LibreTranslateTranslator impatient =
                new LibreTranslateTranslator(server.url(), "secret-key", Duration.ofMillis(300));
        server.hangNext();

        assertFailure(() -> impatient.translate(List.of("Red"), "en", "es"), true, "did not answer within PT0.3S");
    }

    @Test
    void shouldFailRetriablyWhenServerIsDown() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        LibreTranslateTranslator down =
                new LibreTranslateTranslator(URI.create("http://127.0.0.1:" + closedPort), "", Duration.ofSeconds(2));

        assertFailure(() -> down.translate(List.of("Red"), "en", "es"), true, "libretranslate is unreachable");
        assertThat(down.supports("en", "es"))
                .as("unknown while down: let translate() decide")
                .isTrue();
    }

    @Test
    void shouldSupportPairsListedByLanguagesEndpoint() {
        assertThat(libre.supports("en", "es")).isTrue();
        assertThat(libre.supports("en", "id")).isTrue();
        assertThat(libre.supports("es", "id")).isFalse();
        assertThat(libre.supports("fr", "en")).isFalse();
        assertThat(server.requests("/languages")).hasSize(1);
    }

    private static TranslationException assertFailure(ThrowingCallable call, boolean retriable, String message) {
        TranslationException[] caught = new TranslationException[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(TranslationException.class, e -> {
            assertThat(e.retriable()).isEqualTo(retriable);
            assertThat(e.getMessage()).contains(message);
            caught[0] = e;
        });
        return caught[0];
    }

    private static String field(LoopbackHttpServer.Request request, String name) {
        try {
            return new ObjectMapper().readTree(request.body()).path(name).asText();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
