package io.kawat.launcher.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kawat.launcher.Pipeline;
import io.kawat.launcher.internal.Home;
import io.kawat.testkit.KawatStack;
import io.kawat.testkit.KawatStackExtension;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The running services answer as their OpenAPI documents say: the whole pipeline on the real stack (the services
 * refuse to start when a route and the document disagree), then real requests, good and bad, to publish, ingest and
 * the console, each answer checked against the documented status, content type and JSON schema.
 */
@ExtendWith(KawatStackExtension.class)
class ApiContractsIT {
    private static final String PUSH_TOKEN = "contracts-push-token-0123456789abcdef";
    private static final String OPERATOR_TOKEN = "contracts-operator-token-0123456789abcdef";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final List<String> errors = new ArrayList<>();

    @TempDir
    Path homeDir;

    @Test
    void shouldAnswerEveryRequestAsTheOpenApiDocumentsSay(KawatStack stack) throws Exception {
        Home home = new Home(homeDir);
        home.installSamples();
        try (Pipeline pipeline = Pipeline.start(home.devConfig(), env(stack, home), home.dir())) {
            String publish = pipeline.publishUrl();
            await().atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> json.readTree(get(publish + "/api/articles?language=en")
                                            .body())
                                    .path("total")
                                    .asInt()
                            > 0);
            String id = json.readTree(get(publish + "/api/articles?language=en").body())
                    .path("items")
                    .get(0)
                    .path("uri")
                    .asText();
            String path = "/api/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8);

            OpenApiContract publishDoc = OpenApiContract.of("publish");
            check(publishDoc, "GET", publish, "/api/articles?language=en&limit=5", 200);
            check(publishDoc, "GET", publish, "/api/articles?limit=many", 400);
            check(publishDoc, "GET", publish, "/api/articles?since=yesterday", 400);
            check(publishDoc, "GET", publish, path, 200);
            check(publishDoc, "GET", publish, path + ".html", 200);
            check(publishDoc, "GET", publish, path + "/versions", 200);
            check(publishDoc, "GET", publish, "/api/articles/no-such-article", 404);
            check(publishDoc, "GET", publish, "/api/feeds/en/all.atom", 200);
            check(publishDoc, "GET", publish, "/api/feeds/en/all.json", 200);
            check(publishDoc, "GET", publish, "/api/feeds/en/all.pdf", 404);
            check(publishDoc, "POST", publish, path + "/resend", 401);
            check(publishDoc, "POST", publish, path + "/kill", 400, OPERATOR_TOKEN, "{\"why\": \"typo\"}");
            check(publishDoc, "POST", publish, path + "/resend", 202, OPERATOR_TOKEN, "");
            check(publishDoc, "GET", publish, "/health", 200);
            check(publishDoc, "GET", publish, "/ready", 200);
            check(publishDoc, "GET", publish, "/metrics", 200);
            check(publishDoc, "GET", publish, "/openapi.json", 200);

            OpenApiContract ingestDoc = OpenApiContract.of("ingest");
            String ingest = pipeline.ingestUrl();
            check(ingestDoc, "GET", ingest, "/feeds", 200);
            check(ingestDoc, "POST", ingest, "/ingest/afp", 401, "wrong-token", "<x/>");
            check(ingestDoc, "POST", ingest, "/ingest/Not_A_Source", 400, PUSH_TOKEN, "<x/>");
            check(ingestDoc, "POST", ingest, "/ingest/afp", 400, PUSH_TOKEN, "<not a wire format/>");
            check(ingestDoc, "POST", ingest, "/ingest/afp", 202, PUSH_TOKEN, sample());

            OpenApiContract consoleDoc = OpenApiContract.of("console");
            String console = pipeline.consoleUrl();
            check(consoleDoc, "GET", console, "/", 200);
            check(consoleDoc, "GET", console, "/api/feeds", 200);
            check(consoleDoc, "GET", console, "/api/pipeline", 200);
            check(consoleDoc, "GET", console, "/api/jobs", 200);
            check(consoleDoc, "GET", console, "/api/audit", 200);
            check(consoleDoc, "GET", console, "/api/session", 200);
            check(consoleDoc, "GET", console, "/api/articles?language=en", 200);
            check(consoleDoc, "GET", console, path, 200);
            check(consoleDoc, "GET", console, path + "/versions", 200);
            check(consoleDoc, "GET", console, "/api/dead-letters/no-such-topic", 404);

            OpenApiContract enrichDoc = OpenApiContract.of("enrich");
            check(enrichDoc, "GET", pipeline.enrichUrl(), "/ready", 200);
            check(enrichDoc, "GET", pipeline.enrichUrl(), "/openapi.json", 200);
        }
        assertThat(errors).as("answers that differ from the OpenAPI documents").isEmpty();
    }

    private void check(OpenApiContract doc, String method, String base, String path, int expected) throws Exception {
        check(doc, method, base, path, expected, null, null);
    }

    private void check(
            OpenApiContract doc, String method, String base, String path, int expected, String token, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (method.equals("POST")) {
            request.header("Content-Type", path.startsWith("/ingest/") ? "application/xml" : "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body));
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (answer.statusCode() != expected) {
            errors.add(method + " " + path + ": expected " + expected + ", got " + answer.statusCode() + " "
                    + answer.body());
        }
        errors.addAll(doc.answerErrors(method, path, answer.statusCode(), type, answer.body()));
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String sample() throws Exception {
        try (var in = getClass().getResourceAsStream("/io/kawat/launcher/samples/reuters/nato-blinken-brussels.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("KWT0NATO1", "KWT0CONTRACT1");
        }
    }

    private static Map<String, String> env(KawatStack stack, Home home) {
        Map<String, String> env = new HashMap<>();
        env.put("KAWAT_KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers());
        env.put("KAWAT_REGISTRY_URL", stack.registryUrl());
        env.put("KAWAT_TOPICS_PREFIX", stack.uniqueName("contracts") + ".");
        env.put("KAWAT_DATA_DIR", home.dir().resolve("data").toString());
        env.put("KAWAT_INGEST_PUSH_TOKEN", PUSH_TOKEN);
        env.put("KAWAT_SECURITY_OPERATOR_TOKEN", OPERATOR_TOKEN);
        for (String service : List.of("INGEST", "ENRICH", "PUBLISH", "TRANSLATE", "CONSOLE")) {
            env.put("KAWAT_" + service + "_PORT", "0");
        }
        env.put("KAWAT_INGEST_FOLDER_SCAN_INTERVAL", "200ms");
        return env;
    }
}
