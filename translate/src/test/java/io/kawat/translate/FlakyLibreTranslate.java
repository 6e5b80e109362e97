package io.kawat.translate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A LibreTranslate server on loopback (its documented {@code GET /languages} and {@code POST /translate}, en↔es)
 * that answers 503 to translations while {@link #down(boolean) down}, and otherwise "translates" by prefixing
 * {@code [es] }.
 */
final class FlakyLibreTranslate implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicInteger translateRequests = new AtomicInteger();

    FlakyLibreTranslate() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    void down(boolean isDown) {
        down.set(isDown);
    }

    int translateRequests() {
        return translateRequests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (exchange.getRequestMethod().equals("GET") && path.equals("/languages")) {
                send(
                        exchange,
                        200,
                        List.of(
                                Map.of("code", "en", "name", "English", "targets", List.of("es")),
                                Map.of("code", "es", "name", "Spanish", "targets", List.of("en"))));
            } else if (exchange.getRequestMethod().equals("POST") && path.equals("/translate")) {
                translateRequests.incrementAndGet();
                JsonNode body = JSON.readTree(exchange.getRequestBody());
                if (down.get()) {
                    send(exchange, 503, Map.of("error", "Service Unavailable"));
                } else if (body.path("q").isTextual()) {
                    send(
                            exchange,
                            200,
                            Map.of("translatedText", "[es] " + body.path("q").asText()));
                } else {
                    List<String> out = new ArrayList<>();
                    body.path("q").forEach(q -> out.add("[es] " + q.asText()));
                    send(exchange, 200, Map.of("translatedText", out));
                }
            } else {
                send(exchange, 404, Map.of("error", "Not Found"));
            }
        }
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
