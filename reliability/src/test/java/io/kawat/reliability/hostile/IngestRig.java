package io.kawat.reliability.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kawat.ingest.IngestService;
import io.kawat.ingest.IngestSettings;
import io.kawat.ingest.internal.source.SourceConfig;
import io.kawat.platform.config.Config;
import io.kawat.reliability.hostile.HostileCase.Payload;
import io.kawat.schemas.Topic;
import io.kawat.schemas.Topics;
import io.kawat.schemas.TopicsConfig;
import io.kawat.schemas.avro.WireStory;
import io.kawat.schemas.registry.RegistryClientConfig;
import io.kawat.schemas.registry.RestSchemaRegistryClient;
import io.kawat.testkit.KawatStack;
import io.kawat.testkit.TopicReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A running ingest service on the test stack, its push door, its feed statuses and what it wrote. */
final class IngestRig implements AutoCloseable {
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final IngestService ingest;
    private final Topics topics;
    private final String bootstrap;

    IngestRig(KawatStack stack, List<SourceConfig> sources) {
        String prefix = stack.uniqueName("hostile") + ".";
        Map<String, String> env = new HashMap<>();
        env.put("KAWAT_KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers());
        env.put("KAWAT_REGISTRY_URL", stack.registryUrl());
        env.put("KAWAT_TOPICS_PREFIX", prefix);
        env.put("KAWAT_INGEST_PORT", "0");
        env.put("KAWAT_INGEST_PUSH_TOKEN", PushCases.TOKEN);
        env.put("KAWAT_INGEST_FOLDER_SCAN_INTERVAL", "200ms");
        this.bootstrap = stack.bootstrapServers();
        this.topics = Topics.create(
                TopicsConfig.defaults().withNamePrefix(prefix),
                new RestSchemaRegistryClient(RegistryClientConfig.of(stack.registryUrl())));
        this.ingest = new IngestService(Config.load(IngestSettings.all(), null, env), sources);
        ingest.start();
    }

    /** Pushes {@code payload} to {@code sourceId}; answers "status body". */
    HttpResponse<String> push(String sourceId, Payload payload) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ingest.url() + "/ingest/" + sourceId))
                .POST(HttpRequest.BodyPublishers.ofByteArray(payload.body()));
        String auth = payload.headers().getOrDefault("Authorization", "Bearer " + PushCases.TOKEN);
        if (!auth.isEmpty()) {
            request.header("Authorization", auth);
        }
        request.header("Content-Type", payload.headers().getOrDefault("Content-Type", "application/xml"));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Feed id → its status as {@code GET /feeds} shows it. */
    Map<String, JsonNode> feeds() throws IOException, InterruptedException {
        JsonNode all = json.readTree(get("/feeds").body());
        Map<String, JsonNode> byId = new HashMap<>();
        all.forEach(f -> byId.put(f.path("feedId").asText(), f));
        return byId;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(ingest.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Story id → the latest committed story on {@code wire.stories.v1}. */
    Map<String, WireStory> stories() {
        Topic<String, WireStory> topic = topics.wireStories();
        List<WireStory> all = TopicReader.readAll(
                bootstrap,
                topic.name(),
                topic.keySerde().deserializer(),
                topic.valueSerde().deserializer());
        return all.stream().collect(Collectors.toMap(WireStory::getStoryId, Function.identity(), (a, b) -> b));
    }

    /**
     * The heap retained, from the service's own {@code /metrics} (Micrometer's JVM memory gauges) right after a full
     * collection: the service runs in this test JVM, so garbage of earlier suites would otherwise blur the figure.
     */
    long heapUsedBytes() throws IOException, InterruptedException {
        System.gc();
        double sum = 0;
        for (String line : get("/metrics").body().split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return (long) sum;
    }

    /** What the drop folder did with {@code file}: "processed", the reason text, or null while still pending. */
    static String folderOutcome(Path inbox, String file) throws IOException {
        Path reason = inbox.resolve("failed").resolve(file + ".reason.txt");
        if (Files.exists(reason)) {
            return Files.readString(reason).strip();
        }
        return Files.exists(inbox.resolve("processed").resolve(file)) ? "processed" : null;
    }

    @Override
    public void close() {
        ingest.close();
    }
}
