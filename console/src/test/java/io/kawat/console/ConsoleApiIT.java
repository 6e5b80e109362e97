package io.kawat.console;

import static io.kawat.console.ConsoleHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kawat.platform.config.Config;
import io.kawat.schemas.Topic;
import io.kawat.schemas.Topics;
import io.kawat.schemas.TopicsConfig;
import io.kawat.schemas.avro.AuditEvent;
import io.kawat.schemas.avro.AuditOutcome;
import io.kawat.schemas.avro.FeedAction;
import io.kawat.schemas.avro.FeedCommand;
import io.kawat.schemas.avro.FeedState;
import io.kawat.schemas.avro.FeedStatus;
import io.kawat.schemas.registry.RegistryClientConfig;
import io.kawat.schemas.registry.RestSchemaRegistryClient;
import io.kawat.schemas.serde.SerdeConfig;
import io.kawat.testkit.KawatStack;
import io.kawat.testkit.KawatStackExtension;
import io.kawat.testkit.TopicReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The console's API on the real broker and registry (no other service): the page and its security headers, sign-in
 * with the operator token, feed commands to ingest, the replay of a dead letter, and the audit trail of all of it.
 */
@ExtendWith(KawatStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleApiIT {
    private static final String TOKEN = "api-it-operator-token-5b1c";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private KawatStack stack;
    private Topics topics;
    private ConsoleService console;

    @BeforeAll
    void start(KawatStack stack) {
        this.stack = stack;
        String prefix = stack.uniqueName("console-api") + ".";
        Config config = Config.load(
                ConsoleSettings.all(),
                null,
                Map.of(
                        "KAWAT_KAFKA_BOOTSTRAP_SERVERS",
                        stack.bootstrapServers(),
                        "KAWAT_REGISTRY_URL",
                        stack.registryUrl(),
                        "KAWAT_TOPICS_PREFIX",
                        prefix,
                        "KAWAT_CONSOLE_PORT",
                        "0",
                        "KAWAT_SECURITY_OPERATOR_TOKEN",
                        TOKEN,
                        "KAWAT_CONSOLE_SAMPLE_INTERVAL",
                        "500ms",
                        "KAWAT_CONSOLE_PUBLISH_URL",
                        "http://127.0.0.1:9"));
        topics = Topics.create(
                new TopicsConfig(prefix, 3, SerdeConfig.defaults()),
                new RestSchemaRegistryClient(RegistryClientConfig.of(stack.registryUrl())));
        console = new ConsoleService(config);
        console.start();
    }

    @AfterAll
    void stop() {
        console.close();
    }

    @Test
    void shouldServeThePageWithAStrictContentSecurityPolicyWhenOpened() {
        ConsoleHttp page = new ConsoleHttp(console.url());

        HttpResponse<String> index = page.get("/");

        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("default-src 'self'")
                        .contains("script-src 'self'")
                        .contains("frame-ancestors 'none'"));
        assertThat(index.body()).contains("<script src=\"/assets/console.js\" defer></script>");
        assertThat(page.get("/assets/console.css").headers().firstValue("Content-Type"))
                .hasValue("text/css; charset=utf-8");
        assertThat(page.get("/assets/pom.xml").statusCode()).isEqualTo(404);
        assertThat(page.get("/ready").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldRefuseAnActionAndAuditTheAttemptWhenNoOperatorIsSignedIn() {
        ConsoleHttp page = new ConsoleHttp(console.url());

        HttpResponse<String> answer = page.post("/api/feeds/nobody-feed/pause", "{}");

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(json(answer).path("message").asText()).isEqualTo("Sign in with the operator token to act");
        assertThat(page.get("/api/session").body()).contains("\"signedIn\":false");
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(audit()).anySatisfy(e -> {
                    assertThat(e.getOperator()).isEqualTo("anonymous");
                    assertThat(e.getAction()).isEqualTo("feed.pause");
                    assertThat(e.getTarget()).isEqualTo("nobody-feed");
                    assertThat(e.getOutcome()).isEqualTo(AuditOutcome.DENIED);
                }));
    }

    @Test
    void shouldPauseAFeedThroughIngestCommandsAndAuditItWithoutEverEchoingTheTokenWhenSignedIn() {
        produce(
                topics.feedStatus(),
                "voa-en",
                FeedStatus.newBuilder()
                        .setFeedId("voa-en")
                        .setSourceName("VOA News")
                        .setState(FeedState.OK)
                        .setUpdatedAt(Instant.now())
                        .build());
        ConsoleHttp page = new ConsoleHttp(console.url());
        await().atMost(WAIT).until(() -> page.get("/api/feeds").body().contains("\"feedId\":\"voa-en\""));

        HttpResponse<String> wrong = page.signIn("dewi", "not-" + TOKEN);
        HttpResponse<String> right = page.signIn("dewi", TOKEN);
        HttpResponse<String> pause = page.post("/api/feeds/voa-en/pause", "{}");

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(right.headers().firstValue("Set-Cookie"))
                .hasValueSatisfying(c -> assertThat(c)
                        .contains("HttpOnly")
                        .contains("SameSite=Strict")
                        .doesNotContain(TOKEN));
        assertThat(json(page.get("/api/session")).path("operator").asText()).isEqualTo("dewi");
        assertThat(pause.statusCode()).isEqualTo(202);
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(TopicReader.readAll(
                                stack.bootstrapServers(),
                                topics.feedCommands().name(),
                                new StringDeserializer(),
                                topics.feedCommands().valueSerde().deserializer()))
                        .extracting(FeedCommand::getFeedId, FeedCommand::getAction, FeedCommand::getOperator)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("voa-en", FeedAction.PAUSE, "dewi")));
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(audit())
                        .filteredOn(e -> e.getOperator().equals("dewi"))
                        .extracting(e -> e.getAction() + " " + e.getTarget() + " " + e.getOutcome())
                        .contains("session.sign-in  DENIED", "session.sign-in  OK", "feed.pause voa-en OK"));
        assertThat(List.of(wrong.body(), right.body(), pause.body(), audit().toString()))
                .noneMatch(t -> t.contains(TOKEN));
    }

    @Test
    void shouldReplayADeadLetterToItsOriginWithTheSameKeyAndBytesWhenAnOperatorAsks() {
        Topic<String, byte[]> deadLetters = topics.deadLetters(topics.wireStories());
        byte[] poison = {0, 0, 0, 0, 42, 1, 2, 3};
        ProducerRecord<byte[], byte[]> letter =
                new ProducerRecord<>(deadLetters.name(), 0, "afp:poison-1".getBytes(StandardCharsets.UTF_8), poison);
        letter.headers().add("kawat.dlq.reason", "Unknown schema id 42".getBytes(StandardCharsets.UTF_8));
        letter.headers().add("kawat.dlq.stage", "enrich-decode".getBytes(StandardCharsets.UTF_8));
        letter.headers().add("trace", "t-1".getBytes(StandardCharsets.UTF_8));
        produceRaw(letter);
        ConsoleHttp page = new ConsoleHttp(console.url());
        String path = "/api/dead-letters/wire.stories.v1.dlq.v1";
        await().atMost(WAIT).until(() -> page.get(path).body().contains("Unknown schema id 42"));
        page.signIn("budi", TOKEN);

        HttpResponse<String> replay = page.post(path + "/replay", "{\"partition\":0,\"offset\":0}");

        assertThat(replay.statusCode()).as(replay.body()).isEqualTo(202);
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(TopicRecords.read(
                                stack.bootstrapServers(), topics.wireStories().name(), new ByteArrayDeserializer()))
                        .singleElement()
                        .satisfies(r -> {
                            assertThat(r.key()).isEqualTo("afp:poison-1");
                            assertThat(r.value()).isEqualTo(poison);
                            assertThat(header(r, "trace")).isEqualTo("t-1");
                            assertThat(header(r, "kawat.replayed-from")).isEqualTo(deadLetters.name() + "/0/0");
                            assertThat(r.headers().lastHeader("kawat.dlq.reason"))
                                    .isNull();
                        }));
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(
                                json(page.get(path)).get(0).path("replayed").asBoolean())
                        .isTrue());
        assertThat(json(page.get("/api/jobs")).get(0).path("state").asText()).isEqualTo("DONE");
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(audit())
                        .anySatisfy(e -> assertThat(e.getOperator() + " " + e.getAction() + " " + e.getTarget() + " "
                                        + e.getOutcome() + " " + e.getDetail())
                                .isEqualTo("budi dlq.replay " + deadLetters.name() + "/0/0 OK 1 of 1 replayed")));
        assertThat(page.post(path + "/replay-all", "{}").statusCode())
                .as("nothing left to replay")
                .isEqualTo(409);
    }

    @Test
    void shouldShowTheEndOffsetsOfThePipelineTopicsWhenSampled() {
        ConsoleHttp page = new ConsoleHttp(console.url());

        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(json(page.get("/api/pipeline")).path("topics"))
                        .anySatisfy(t -> assertThat(t.path("topic").asText()).isEqualTo("news.articles.v1")));
        assertThat(json(page.get("/api/pipeline")).path("deadLetters"))
                .extracting(d -> d.path("topic").asText())
                .contains("wire.stories.v1.dlq.v1", "news.enriched.v1.dlq.v1");
    }

    private List<AuditEvent> audit() {
        return TopicReader.readAll(
                stack.bootstrapServers(),
                topics.auditLog().name(),
                new StringDeserializer(),
                topics.auditLog().valueSerde().deserializer());
    }

    private <V> void produce(Topic<String, V> topic, String key, V value) {
        try (KafkaProducer<String, V> producer = new KafkaProducer<>(
                producerProps(),
                topic.keySerde().serializer(),
                topic.valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(topic.name(), key, value));
        }
    }

    private void produceRaw(ProducerRecord<byte[], byte[]> record) {
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(producerProps(), new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(record);
        }
    }

    private Properties producerProps() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        return props;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return record.headers().lastHeader(name) == null
                ? null
                : new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
