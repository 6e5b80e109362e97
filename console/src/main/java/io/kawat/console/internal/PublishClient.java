package io.kawat.console.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The publish API as the console uses it: an article's HTML and versions to show, and the operator writes (kill,
 * correct) sent with {@code Authorization: Bearer <security.operator-token>} and the operator's name in
 * {@code X-Kawat-Operator}. The token is only ever put in that header.
 */
final class PublishClient {
    static final String OPERATOR_HEADER = "X-Kawat-Operator";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An answer of the publish API: status, content type and body. */
    record Answer(int status, String contentType, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final Supplier<String> baseUrl;
    private final String operatorToken;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    PublishClient(Supplier<String> baseUrl, String operatorToken) {
        this.baseUrl = baseUrl;
        this.operatorToken = operatorToken;
    }

    String baseUrl() {
        return baseUrl.get();
    }

    Answer html(String uri) throws IOException, InterruptedException {
        return get("/api/articles/" + segment(uri) + ".html");
    }

    Answer article(String uri) throws IOException, InterruptedException {
        return get("/api/articles/" + segment(uri));
    }

    Answer versions(String uri) throws IOException, InterruptedException {
        return get("/api/articles/" + segment(uri) + "/versions");
    }

    Answer kill(String uri, String reason, String operator) throws IOException, InterruptedException {
        return post(uri, "kill", Map.of("reason", reason), operator);
    }

    Answer correct(String uri, String note, String headline, String operator) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("note", note);
        if (headline != null && !headline.isBlank()) {
            body.put("headline", headline);
        }
        return post(uri, "correct", body, operator);
    }

    private Answer get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl.get() + path))
                .timeout(Duration.ofSeconds(15))
                .GET()
                .build());
    }

    private Answer post(String uri, String action, Map<String, Object> body, String operator)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(baseUrl.get() + "/api/articles/" + segment(uri) + "/" + action))
                .timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + operatorToken)
                .header(OPERATOR_HEADER, operator)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
                .build();
        return send(request);
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    /** Percent-encodes a path segment: unreserved characters and ':' stay, everything else is escaped (UTF-8). */
    static String segment(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~:".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format(java.util.Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
