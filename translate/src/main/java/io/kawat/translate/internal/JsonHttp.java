package io.kawat.translate.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kawat.translate.TranslationException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * JSON over HTTP for the engine adapters, with one error policy: 429 and 5xx (and the engine's own extra codes, such
 * as DeepL's 456 quota) are retriable, other statuses are not; timeouts and I/O errors are retriable;
 * {@code Retry-After} (seconds or an HTTP date) is passed on. Request headers (the credentials) are never logged
 * or put in messages.
 */
final class JsonHttp {
    private static final int MESSAGE_EXCERPT = 200;

    private final String engine;
    private final HttpClient client;
    private final Duration timeout;
    private final Map<Integer, Duration> extraRetriable;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param extraRetriable statuses besides 429 and 5xx that are retriable, each with the wait to assume when the
     *                       engine sends no {@code Retry-After}
     */
    JsonHttp(String engine, Duration timeout, Map<Integer, Duration> extraRetriable) {
        this.engine = engine;
        this.timeout = timeout;
        this.extraRetriable = Map.copyOf(extraRetriable);
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The URL of {@code path} under {@code base}, keeping any path prefix the base has. */
    static URI endpoint(URI base, String path) {
        String root = base.toString();
        return URI.create((root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + path);
    }

    /** A JSON request body. */
    HttpRequest.BodyPublisher body(Object value) throws TranslationException {
        try {
            return HttpRequest.BodyPublishers.ofString(json.writeValueAsString(value), StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new TranslationException(
                    "cannot write the " + engine + " request: " + e.getOriginalMessage(), false, e);
        }
    }

    /** Sends the request and returns the parsed JSON of a 2xx answer; throws a classified exception otherwise. */
    JsonNode send(HttpRequest.Builder request) throws TranslationException {
        HttpResponse<String> response;
        try {
            response = client.send(
                    request.timeout(timeout)
                            .header("Accept", "application/json")
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new TranslationException(engine + " did not answer within " + timeout, true, e);
        } catch (IOException e) {
            throw new TranslationException(engine + " is unreachable: " + e, true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TranslationException(engine + " request interrupted", true, e);
        }
        int status = response.statusCode();
        if (status / 100 != 2) {
            throw failure(status, response);
        }
        try {
            return json.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new TranslationException(engine + " answered with invalid JSON: " + e.getOriginalMessage(), false, e);
        }
    }

    private TranslationException failure(int status, HttpResponse<String> response) {
        boolean retriable = status == 429 || status >= 500 || extraRetriable.containsKey(status);
        Duration retryAfter = retryAfter(response).orElse(extraRetriable.get(status));
        String message = engine + " answered HTTP " + status + errorMessage(response.body());
        return new TranslationException(message, retriable, retryAfter, null);
    }

    /**
     * The engine's own explanation: LibreTranslate says {@code {"error": ...}}, DeepL {@code {"message": ...}}, the
     * OpenAI API {@code {"error": {"message": ...}}}.
     */
    private String errorMessage(String body) {
        String text = body == null ? "" : body.strip();
        try {
            JsonNode node = json.readTree(text);
            if (node != null && node.isObject()) {
                JsonNode error = node.path("error");
                text = error.isObject()
                        ? error.path("message").asText(text)
                        : error.asText(node.path("message").asText(text));
            }
        } catch (JsonProcessingException e) {
            // not JSON (a proxy's HTML page, say): keep the raw excerpt below
        }
        if (text.isEmpty()) {
            return "";
        }
        return ": " + (text.length() <= MESSAGE_EXCERPT ? text : text.substring(0, MESSAGE_EXCERPT) + "...");
    }

    static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(JsonHttp::parseRetryAfter);
    }

    static Optional<Duration> parseRetryAfter(String value) {
        String v = value.strip();
        if (v.matches("[0-9]{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            ZonedDateTime until = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(ZonedDateTime.now(), until);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
