package io.kawat.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class AdminServerTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldAnswerHealthReadinessAndMetricsOnLoopback() throws Exception {
        AtomicBoolean ready = new AtomicBoolean(false);
        try (AdminServer server =
                new AdminServer("probe", "127.0.0.1", 0, Metrics.forService("probe"), ready::get).start()) {
            assertThat(server.url()).startsWith("http://127.0.0.1:");
            assertThat(get(server, "/health").statusCode()).isEqualTo(200);
            assertThat(get(server, "/ready").statusCode()).isEqualTo(503);
            ready.set(true);
            assertThat(get(server, "/ready").statusCode()).isEqualTo(200);
            HttpResponse<String> metrics = get(server, "/metrics");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("service=\"probe\"");
            HttpResponse<String> openApi = get(server, "/openapi.json");
            assertThat(openApi.statusCode()).isEqualTo(200);
            assertThat(openApi.body()).contains("\"openapi\":\"3.1.0\"").contains("/ready");
        }
    }

    private HttpResponse<String> get(AdminServer server, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(server.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
