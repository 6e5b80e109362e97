package io.kawat.publish.internal.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The token check of the operator endpoints, on a real HTTP server: it comes before anything else, so these requests
 * never reach the article store or Kafka (the lookup fails the test if it is called). The other answers (404, 400,
 * 409, 202) are covered with the real store and broker in {@code PublishServiceIT}.
 */
class OperatorApiTest {
    private static final String URI_PATH = "/api/articles/kawat:article:cl-1:en/kill";
    private final HttpClient http = HttpClient.newHttpClient();
    private Javalin app;

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void shouldRefuseEveryWriteWhenNoOperatorTokenIsConfigured() throws Exception {
        start("");

        HttpResponse<String> withAnyToken = post(URI_PATH, "Bearer ");
        HttpResponse<String> withoutToken = post("/api/articles/kawat:article:cl-1:en/resend", null);

        assertThat(withAnyToken.statusCode()).isEqualTo(401);
        assertThat(withAnyToken.body()).contains("operator writes are disabled: security.operator-token is not set");
        assertThat(withoutToken.statusCode()).isEqualTo(401);
    }

    @Test
    void shouldAnswer401WithAReasonWhenTheTokenIsMissingOrWrong() throws Exception {
        start("s3cr3t-operator-token");

        for (String authorization :
                new String[] {null, "Bearer wrong", "s3cr3t-operator-token", "Basic s3cr3t-operator-token"}) {
            HttpResponse<String> response = post(URI_PATH, authorization);
            assertThat(response.statusCode()).as(String.valueOf(authorization)).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
            assertThat(response.body())
                    .contains("a valid operator token is required")
                    .doesNotContain("s3cr3t");
        }
    }

    private void start(String token) {
        app = Javalin.create(config -> config.showJavalinBanner = false);
        new OperatorApi(
                        token,
                        uri -> {
                            throw new AssertionError("the article store was consulted before the token was checked");
                        },
                        null,
                        Clock.systemUTC())
                .register(app);
        app.start("127.0.0.1", 0);
    }

    private HttpResponse<String> post(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\": \"test\"}"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
