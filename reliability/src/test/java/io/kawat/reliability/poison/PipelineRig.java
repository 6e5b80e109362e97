package io.kawat.reliability.poison;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kawat.launcher.Pipeline;
import io.kawat.schemas.Topics;
import io.kawat.schemas.TopicsConfig;
import io.kawat.schemas.registry.RegistryClientConfig;
import io.kawat.schemas.registry.RestSchemaRegistryClient;
import io.kawat.testkit.KawatStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Ingest, enrich, translate, publish and the console running in this JVM (launcher's {@link Pipeline}) on the test
 * stack, with known tokens, a topic prefix of their own and free ports; plus the HTTP calls the suites make.
 */
public final class PipelineRig implements AutoCloseable {
    public static final String PUSH_TOKEN = "rel-push-token-5f1c9a";
    public static final String OPERATOR_TOKEN = "rel-operator-token-8e27d4";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, String> env = new HashMap<>();
    private final Topics topics;
    private final Pipeline pipeline;
    private final KawatStack stack;

    /** Starts the pipeline; {@code yaml} is the settings file's text, {@code extraEnv} adds or overrides variables. */
    public PipelineRig(KawatStack stack, Path home, String yaml, Map<String, String> extraEnv) {
        this.stack = stack;
        String prefix = stack.uniqueName("rel") + ".";
        env.put("KAWAT_KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers());
        env.put("KAWAT_REGISTRY_URL", stack.registryUrl());
        env.put("KAWAT_TOPICS_PREFIX", prefix);
        env.put("KAWAT_DATA_DIR", home.resolve("data").toString());
        env.put("KAWAT_INGEST_PUSH_TOKEN", PUSH_TOKEN);
        env.put("KAWAT_SECURITY_OPERATOR_TOKEN", OPERATOR_TOKEN);
        env.put("KAWAT_PUBLISH_EDITIONS", "en,es");
        env.put("KAWAT_TRANSLATION_ENGINES", "en-es=apertium");
        for (String port : new String[] {"INGEST", "ENRICH", "PUBLISH", "TRANSLATE", "CONSOLE"}) {
            env.put("KAWAT_" + port + "_PORT", "0");
        }
        env.put("KAWAT_INGEST_FOLDER_SCAN_INTERVAL", "200ms");
        env.putAll(extraEnv);
        try {
            Path config = Files.writeString(home.resolve("kawat.yaml"), yaml);
            this.topics = Topics.create(
                    TopicsConfig.defaults().withNamePrefix(prefix),
                    new RestSchemaRegistryClient(RegistryClientConfig.of(stack.registryUrl())));
            this.pipeline = Pipeline.start(config, env, home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public Topics topics() {
        return topics;
    }

    public String bootstrapServers() {
        return stack.bootstrapServers();
    }

    /** Base URL of every service's HTTP server, by name. */
    public Map<String, String> services() {
        return Map.of(
                "ingest",
                pipeline.ingestUrl(),
                "enrich",
                pipeline.enrichUrl(),
                "translate",
                pipeline.translateUrl(),
                "publish",
                pipeline.publishUrl(),
                "console",
                pipeline.consoleUrl());
    }

    /** Pushes an RSS document to the ingest push door with the right token. */
    public HttpResponse<String> push(String sourceId, String rss) {
        return send(HttpRequest.newBuilder(URI.create(pipeline.ingestUrl() + "/ingest/" + sourceId))
                .header("Authorization", "Bearer " + PUSH_TOKEN)
                .header("Content-Type", "application/rss+xml")
                .POST(HttpRequest.BodyPublishers.ofString(rss)));
    }

    public HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)));
    }

    /** POSTs {@code body} (JSON) with {@code authorization} as the Authorization header unless it is null. */
    public HttpResponse<String> post(String url, String authorization, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The first article of {@code language} whose headline contains {@code text}, or null. */
    public JsonNode article(String language, String text) {
        HttpResponse<String> page = get(pipeline.publishUrl() + "/api/articles?limit=100&language=" + language);
        if (page.statusCode() != 200) {
            return null;
        }
        try {
            for (JsonNode item : json.readTree(page.body()).path("items")) {
                if (item.path("headlines").toString().contains(text)
                        || item.path("headline").asText().contains(text)) {
                    return item;
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An RSS document with one English story of three paragraphs; {@code extraHtml} goes after the second. */
    public static String story(String guid, String headline, String extraHtml) {
        boolean porto = headline.contains("Porto");
        String first = porto
                ? "PORTO - The old iron bridge over the Douro opened again to cars and buses on Wednesday after"
                        + " eight months of repairs, the mayor announced at a ceremony attended by engineers."
                : "LISBON - The harbour of Lisbon reopened on Tuesday after the storm, the port authority said, and the"
                        + " first ferries crossed the Tagus river in the morning.";
        String second = porto
                ? "Commuters welcomed the end of long detours, while shop owners near the riverbank hope"
                        + " that tourists will come back before the summer festival."
                : "Fishermen returned to the docks and the city council said repairs would take several weeks.";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Reliability Wire</title>"
                + "<link>https://wire.example.test/</link><description>t</description><item><title>" + headline
                + "</title><guid isPermaLink=\"false\">" + guid
                + "</guid><pubDate>Tue, 23 Mar 2021 10:00:00 +0000</pubDate>"
                + "<description><![CDATA[<p>" + first + "</p><p>" + second + "</p>" + extraHtml
                + "<p>"
                + (porto
                        ? "Traffic police expect queues during the first days."
                        : "The weather service expects" + " calm seas for the rest of the week.")
                + "</p>]]></description></item></channel></rss>";
    }

    @Override
    public void close() {
        pipeline.close();
    }
}
