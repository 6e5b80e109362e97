package io.kawat.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.kawat.ingest.internal.source.SourceConfig;
import io.kawat.ingest.internal.source.SourceType;
import io.kawat.platform.config.Config;
import io.kawat.schemas.Topics;
import io.kawat.schemas.TopicsConfig;
import io.kawat.schemas.avro.FeedAction;
import io.kawat.schemas.avro.FeedCommand;
import io.kawat.schemas.avro.PubStatus;
import io.kawat.schemas.avro.Signal;
import io.kawat.schemas.avro.WireStory;
import io.kawat.schemas.registry.RegistryClientConfig;
import io.kawat.schemas.registry.RestSchemaRegistryClient;
import io.kawat.testkit.KawatStack;
import io.kawat.testkit.KawatStackExtension;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The push endpoint and a polled HTTP feed on loopback, through the real broker and registry. */
@ExtendWith(KawatStackExtension.class)
class IngestDoorsIT {
    private static final String TOKEN = "doors-test-token";
    private static final String FEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Loopback Wire</title><link>http://127.0.0.1/</link><description>t</description>
            <item><title>%s</title><link>http://127.0.0.1/a</link><guid>loop-1</guid>
            <pubDate>Tue, 23 Mar 2021 10:00:00 +0000</pubDate><description>%s</description></item>
            </channel></rss>""";

    @TempDir
    Path home;

    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicReference<String> feedBody =
            new AtomicReference<>(String.format(Locale.ROOT, FEED, "Harbour reopens", "Ships return."));
    private final AtomicInteger feedStatus = new AtomicInteger(200);
    private final AtomicInteger feedRequests = new AtomicInteger();
    private HttpServer feedServer;
    private IngestService ingest;
    private Config config;
    private SourceConfig loopback;
    private Topics topics;
    private KawatStack stack;

    @BeforeEach
    void start(KawatStack stack) throws Exception {
        this.stack = stack;
        feedServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        feedServer.createContext("/feed.rss", exchange -> {
            feedRequests.incrementAndGet();
            byte[] body = feedBody.get().getBytes(StandardCharsets.UTF_8);
            String etag = "\"" + Integer.toHexString(feedBody.get().hashCode()) + "\"";
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
            } else if (feedStatus.get() != 200) {
                exchange.sendResponseHeaders(feedStatus.get(), -1);
            } else {
                exchange.getResponseHeaders().add("ETag", etag);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        feedServer.start();
        String prefix = stack.uniqueName("doors") + ".";
        Map<String, String> env = WireTopicReader.env(stack, prefix, TOKEN);
        env.put("KAWAT_INGEST_MAX_PUSH_BYTES", "100000");
        config = Config.load(IngestSettings.all(), null, env);
        loopback = new SourceConfig(
                "loopback",
                "Loopback Wire",
                SourceType.HTTP,
                URI.create("http://127.0.0.1:" + feedServer.getAddress().getPort() + "/feed.rss"),
                null,
                Duration.ofHours(1),
                "en",
                null,
                true,
                true,
                Map.of());
        ingest = new IngestService(config, List.of(loopback));
        ingest.start();
        topics = Topics.create(
                TopicsConfig.defaults().withNamePrefix(prefix),
                new RestSchemaRegistryClient(RegistryClientConfig.of(stack.registryUrl())));
    }

    @AfterEach
    void stop() {
        ingest.close();
        feedServer.stop(0);
    }

    @Test
    void shouldAcceptAPushAndReportEveryRefusalWithAClearReason() throws Exception {
        String twoItems = String.format(Locale.ROOT, FEED, "Storm hits coast", "Winds of 120 km/h.")
                .replace("</channel>", "<item><title></title><guid></guid></item></channel>");

        HttpResponse<String> accepted = push("reuters", twoItems, "application/rss+xml", TOKEN);
        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode answer = new ObjectMapper().readTree(accepted.body());
        assertThat(answer.path("accepted")).extracting(JsonNode::asText).containsExactly("reuters:loop-1");
        assertThat(answer.path("rejected")).hasSize(1);
        assertThat(answer.path("sourceName").asText()).isEqualTo("Loopback Wire");

        assertThat(push("reuters", twoItems, "application/xml", null).statusCode())
                .isEqualTo(401);
        assertThat(push("reuters", twoItems, "application/xml", "wrong").statusCode())
                .isEqualTo(401);
        assertThat(push("reuters", twoItems, "image/png", TOKEN).statusCode()).isEqualTo(415);
        assertThat(push("reuters", "x".repeat(100_001), "application/xml", TOKEN)
                        .statusCode())
                .isEqualTo(413);
        assertThat(push("Bad Id", twoItems, "application/xml", TOKEN).statusCode())
                .isEqualTo(400);
        HttpResponse<String> xxe = push(
                "reuters",
                "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<rss version=\"2.0\"><channel><item><title>&x;</title></item></channel></rss>",
                "application/xml",
                TOKEN);
        assertThat(xxe.statusCode()).isEqualTo(400);
        assertThat(xxe.body()).contains("KWT-2").doesNotContain("root:");

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(stories())
                        .anySatisfy(s -> assertThat(s.getStoryId()).isEqualTo("reuters:loop-1")));
    }

    @Test
    void shouldPollTheFeedEmitUpdatesOnceAndReportHealth() throws Exception {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> stories().stream().anyMatch(s -> s.getStoryId().equals("loopback:loop-1")));

        command(FeedAction.POLL_NOW);
        await().atMost(Duration.ofSeconds(30)).until(() -> feedRequests.get() >= 2);
        feedBody.set(String.format(
                Locale.ROOT, FEED, "Harbour reopens after storm", "Ships return. Damage is being assessed."));
        command(FeedAction.POLL_NOW);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<WireStory> versions = stories().stream()
                    .filter(s -> s.getStoryId().equals("loopback:loop-1"))
                    .toList();
            assertThat(versions).extracting(WireStory::getVersionSeq).containsExactly(1L, 2L);
            assertThat(versions.get(1).getSignals()).contains(Signal.UPDATE);
            assertThat(versions.get(1).getPubStatus()).isEqualTo(PubStatus.USABLE);
        });

        feedStatus.set(503);
        feedBody.set(String.format(Locale.ROOT, FEED, "Third version", "Never fetched."));
        command(FeedAction.PAUSE);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(feeds().get(0).path("state").asText()).isEqualTo("PAUSED"));
    }

    @Test
    void shouldKeepFeedHealthAcrossARestartAndListPushedSources() throws Exception {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(feed("loopback").path("lastNewItem").isNull())
                                .isFalse());
        // the topic keeps milliseconds
        Instant lastNewItem = millis(feed("loopback").path("lastNewItem"));
        assertThat(push("agency-x", String.format(Locale.ROOT, FEED, "Pushed", "Body."), "application/rss+xml", TOKEN)
                        .statusCode())
                .isEqualTo(202);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        assertThat(feed("agency-x").path("lastPush").isNull()).isFalse());
        Instant lastPush = millis(feed("agency-x").path("lastPush"));

        ingest.close();
        ingest = new IngestService(config, List.of(loopback));
        ingest.start();

        // the restarted instance polls the same item again (already seen: nothing new) and carries on
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode feed = feed("loopback");
            assertThat(feed.path("lastPoll").isNull()).isFalse();
            assertThat(millis(feed.path("lastNewItem"))).isEqualTo(lastNewItem);
            assertThat(feed.path("itemsLast24h").asInt()).isPositive();
        });
        assertThat(millis(feed("agency-x").path("lastPush"))).isEqualTo(lastPush);
        assertThat(feed("agency-x").path("lastPoll").isNull()).isTrue();
    }

    private static Instant millis(JsonNode instant) {
        return Instant.parse(instant.asText()).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    /** The feed's entry in {@code GET /feeds}, or a missing node. */
    private JsonNode feed(String feedId) throws Exception {
        for (JsonNode feed : feeds()) {
            if (feed.path("feedId").asText().equals(feedId)) {
                return feed;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private List<WireStory> stories() {
        return WireTopicReader.readAll(stack.bootstrapServers(), topics.wireStories());
    }

    private JsonNode feeds() throws Exception {
        return new ObjectMapper()
                .readTree(http.send(
                                HttpRequest.newBuilder(URI.create(ingest.url() + "/feeds"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body());
    }

    private void command(FeedAction action) {
        try (KafkaProducer<String, FeedCommand> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", stack.bootstrapServers()),
                topics.feedCommands().keySerde().serializer(),
                topics.feedCommands().valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(
                    topics.feedCommands().name(),
                    "loopback",
                    FeedCommand.newBuilder()
                            .setFeedId("loopback")
                            .setAction(action)
                            .setOperator("test")
                            .setIssuedAt(Instant.now())
                            .setCommandId(java.util.UUID.randomUUID().toString())
                            .build()));
        }
    }

    private HttpResponse<String> push(String source, String body, String type, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(ingest.url() + "/ingest/" + source.replace(" ", "%20")))
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
