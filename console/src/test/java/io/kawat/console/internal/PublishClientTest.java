package io.kawat.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The requests the console sends to the publish API, as a loopback server receives them. */
class PublishClientTest {
    private final List<String> received = new ArrayList<>();
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void shouldEncodeAnArticleUriAsOnePathSegmentWhenCallingTheApi() {
        assertThat(PublishClient.segment("kawat:article:c-42:id")).isEqualTo("kawat:article:c-42:id");
        assertThat(PublishClient.segment("a/b?c#d e")).isEqualTo("a%2Fb%3Fc%23d%20e");
        assertThat(PublishClient.segment("ü")).isEqualTo("%C3%BC");
    }

    @Test
    void shouldSendTheTokenOnlyInTheAuthorizationHeaderAndNameTheOperatorWhenKilling() throws Exception {
        PublishClient client = new PublishClient(start(202, "{\"status\":202}"), "op-token-123");

        PublishClient.Answer answer = client.kill("kawat:article:c-1:en", "wrong event", "dewi");

        assertThat(answer.ok()).isTrue();
        assertThat(received)
                .containsExactly("POST /api/articles/kawat:article:c-1:en/kill | Bearer op-token-123 | dewi"
                        + " | application/json | {\"reason\":\"wrong event\"}");
    }

    @Test
    void shouldLeaveOutABlankHeadlineWhenCorrecting() throws Exception {
        PublishClient client = new PublishClient(start(202, "{}"), "op-token-123");

        client.correct("kawat:article:c-1:en", "Fixed the minister's name", " ", "dewi");

        assertThat(received).singleElement().asString().endsWith("| {\"note\":\"Fixed the minister's name\"}");
    }

    @Test
    void shouldReadWithoutCredentialsAndPassTheAnswerOnWhenShowingAnArticle() throws Exception {
        PublishClient client = new PublishClient(start(404, "{\"error\":\"no article\"}"), "op-token-123");

        PublishClient.Answer answer = client.versions("kawat:article:c-9:es");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).isEqualTo("{\"error\":\"no article\"}");
        assertThat(received).containsExactly("GET /api/articles/kawat:article:c-9:es/versions | null | null | null | ");
    }

    private java.util.function.Supplier<String> start(int status, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            synchronized (received) {
                received.add(exchange.getRequestMethod() + " "
                        + exchange.getRequestURI().getRawPath() + " | "
                        + exchange.getRequestHeaders().getFirst("Authorization") + " | "
                        + exchange.getRequestHeaders().getFirst("X-Kawat-Operator") + " | "
                        + exchange.getRequestHeaders().getFirst("Content-Type") + " | " + request);
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return () -> url;
    }
}
