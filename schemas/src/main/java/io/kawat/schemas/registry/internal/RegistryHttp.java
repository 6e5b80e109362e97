package io.kawat.schemas.registry.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import io.kawat.schemas.registry.RegistryClientConfig;
import io.kawat.schemas.registry.SchemaRegistryException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One JSON request to the registry: Confluent media types, authentication, bounded retries of 5xx, 429, timeouts and
 * connection failures, and error bodies mapped to typed exceptions. Thread-safe.
 */
public final class RegistryHttp {
    /** The media type of the Confluent REST API. */
    public static final String MEDIA_TYPE = "application/vnd.schemaregistry.v1+json";

    private static final String ACCEPT =
            MEDIA_TYPE + ", application/vnd.schemaregistry+json; qs=0.9, application/json; qs=0.5";
    private static final Logger log = LoggerFactory.getLogger(RegistryHttp.class);

    /** Waits between attempts; injectable so tests do not wait. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final RegistryClientConfig config;
    private final String baseUrl;
    private final String authorization;
    private final Backoff backoff;
    private final Sleeper sleeper;
    private final HttpClient http;
    private final ObjectMapper json;

    public RegistryHttp(RegistryClientConfig config, Backoff backoff, Sleeper sleeper, ObjectMapper json) {
        this.config = config;
        this.baseUrl = stripTrailingSlash(config.baseUrl().toString());
        this.authorization = authorization(config);
        this.backoff = backoff;
        this.sleeper = sleeper;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    public JsonNode get(String path) {
        return send("GET", path, null);
    }

    public JsonNode post(String path, JsonNode body) {
        return send("POST", path, body);
    }

    public JsonNode put(String path, JsonNode body) {
        return send("PUT", path, body);
    }

    public JsonNode delete(String path) {
        return send("DELETE", path, null);
    }

    private JsonNode send(String method, String path, JsonNode body) {
        HttpRequest request = request(method, path, body);
        String what = method + " " + path;
        for (int attempt = 0; ; attempt++) {
            boolean last = attempt >= config.maxRetries();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (isRetriable(status) && !last) {
                    log.warn(
                            "Schema registry answered {} to {}; retry {} of {}",
                            status,
                            what,
                            attempt + 1,
                            config.maxRetries());
                } else {
                    return handle(what, status, response.body());
                }
            } catch (IOException e) {
                if (last) {
                    throw new SchemaRegistryException(
                            what + " got no response after " + (attempt + 1) + " attempt(s): " + e,
                            SchemaRegistryException.NO_RESPONSE,
                            SchemaRegistryException.NO_RESPONSE,
                            e);
                }
                log.warn(
                        "Schema registry did not answer {} ({}); retry {} of {}",
                        what,
                        e.toString(),
                        attempt + 1,
                        config.maxRetries());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SchemaRegistryException(
                        what + " interrupted",
                        SchemaRegistryException.NO_RESPONSE,
                        SchemaRegistryException.NO_RESPONSE,
                        e);
            }
            pause(what, attempt);
        }
    }

    private static boolean isRetriable(int status) {
        return status >= 500 || status == 429;
    }

    private JsonNode handle(String what, int status, String body) {
        if (status < 200 || status >= 300) {
            throw ErrorMapper.toException(what, status, body, json);
        }
        if (body == null || body.isBlank()) {
            return NullNode.getInstance();
        }
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new SchemaRegistryException(
                    what + " answered with a body that is not JSON: " + e.getMessage(), status, status, e);
        }
    }

    private void pause(String what, int attempt) {
        try {
            sleeper.sleep(backoff.delay(attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaRegistryException(
                    what + " interrupted while waiting to retry",
                    SchemaRegistryException.NO_RESPONSE,
                    SchemaRegistryException.NO_RESPONSE,
                    e);
        }
    }

    private HttpRequest request(String method, String path, JsonNode body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(config.timeout())
                .header("Accept", ACCEPT);
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (body == null) {
            return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return builder.header("Content-Type", MEDIA_TYPE)
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .build();
    }

    private static String authorization(RegistryClientConfig config) {
        if (config.bearerToken() != null) {
            return "Bearer " + config.bearerToken();
        }
        if (config.basicAuthUser() != null) {
            String pair = config.basicAuthUser() + ":" + config.basicAuthPassword();
            return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        }
        return null;
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
