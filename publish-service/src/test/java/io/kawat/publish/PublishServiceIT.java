package io.kawat.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kawat.platform.config.Config;
import io.kawat.platform.streams.StreamsService;
import io.kawat.publish.internal.compose.ArticleComposer;
import io.kawat.publish.internal.testing.NatoStories;
import io.kawat.publish.internal.testing.StoryBuilder;
import io.kawat.publish.internal.testing.WebhookReceiver;
import io.kawat.publish.internal.webhook.WebhookDelivery;
import io.kawat.schemas.Topic;
import io.kawat.schemas.Topics;
import io.kawat.schemas.TopicsConfig;
import io.kawat.schemas.avro.EnrichedStory;
import io.kawat.schemas.registry.RegistryClientConfig;
import io.kawat.schemas.registry.RestSchemaRegistryClient;
import io.kawat.testkit.KawatStack;
import io.kawat.testkit.KawatStackExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publish service on the real broker and registry: operator writes (kill, correct, resend) go through
 * {@code publish.commands.v1} into the topology and out to the API, the feeds and a loopback webhook subscriber; a
 * killed article stays withdrawn after a restart.
 */
@ExtendWith(KawatStackExtension.class)
class PublishServiceIT {
    private static final String TOKEN = "it-operator-token";
    private static final String SECRET = "it-webhook-secret";
    private static final List<String> EDITIONS = List.of("en", "id", "es");
    private static final String EN = ArticleComposer.uri(NatoStories.CLUSTER, "en");

    @TempDir
    Path home;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private KawatStack stack;
    private Map<String, String> env;
    private Topics topics;

    @BeforeEach
    void setUp(KawatStack stack) {
        this.stack = stack;
        String prefix = stack.uniqueName("pub") + ".";
        topics = Topics.create(
                TopicsConfig.defaults().withNamePrefix(prefix),
                new RestSchemaRegistryClient(RegistryClientConfig.of(stack.registryUrl())));
        env = new HashMap<>();
        env.put("KAWAT_KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers());
        env.put("KAWAT_REGISTRY_URL", stack.registryUrl());
        env.put("KAWAT_TOPICS_PREFIX", prefix);
        env.put("KAWAT_DATA_DIR", home.resolve("data").toString());
        env.put("KAWAT_PUBLISH_PORT", "0");
        env.put("KAWAT_SECURITY_OPERATOR_TOKEN", TOKEN);
        env.put("KAWAT_PUBLISH_WEBHOOK_INITIAL_BACKOFF", "100ms");
        env.put("IT_WEBHOOK_SECRET", SECRET);
    }

    @Test
    void shouldApplyOperatorWritesThroughKafkaAndDeliverThemToTheWebhook() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            StreamsService service = start(receiver);
            try {
                String api = service.http().url();
                produce(NatoStories.reuters().build(), NatoStories.voa().build());
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> version(api, EN).equals("2"));

                assertThat(post(api, "/api/articles/" + EN + "/kill", "Bearer wrong", "{\"reason\": \"x\"}")
                                .statusCode())
                        .isEqualTo(401);
                assertThat(post(
                                        api,
                                        "/api/articles/kawat:article:nope:en/kill",
                                        "Bearer " + TOKEN,
                                        "{\"reason\": \"x\"}")
                                .statusCode())
                        .isEqualTo(404);
                assertThat(post(api, "/api/articles/" + EN + "/kill", "Bearer " + TOKEN, "{\"why\": \"x\"}")
                                .statusCode())
                        .isEqualTo(400);
                assertThat(post(api, "/api/articles/" + EN + "/correct", "Bearer " + TOKEN, "not json")
                                .statusCode())
                        .isEqualTo(400);

                HttpResponse<String> corrected = post(
                        api,
                        "/api/articles/" + EN + "/correct",
                        "Bearer " + TOKEN,
                        "{\"note\": \"An earlier version misspelt Stoltenberg.\", \"headline\": \"Blinken vows to mend NATO ties\"}");
                assertThat(corrected.statusCode()).isEqualTo(202);
                assertThat(json.readTree(corrected.body()).path("commandId").asText())
                        .isNotBlank();
                await().atMost(Duration.ofSeconds(20))
                        .until(() -> version(api, EN).equals("3"));
                JsonNode v3 = get(api, "/api/articles/" + EN);
                assertThat(v3.toString())
                        .contains("An earlier version misspelt Stoltenberg.")
                        .contains("Blinken vows to mend NATO ties");

                String resendId = json.readTree(post(api, "/api/articles/" + EN + "/resend", "Bearer " + TOKEN, "")
                                .body())
                        .path("commandId")
                        .asText();
                await().atMost(Duration.ofSeconds(20))
                        .until(() -> eventIds(receiver).contains(EN + "@3/resend/" + resendId));

                assertThat(get(api, "/api/feeds/en/all.atom").asText()).contains(EN);
                assertThat(post(api, "/api/articles/" + EN + "/kill", "Bearer " + TOKEN, "{\"reason\": \"legal hold\"}")
                                .statusCode())
                        .isEqualTo(202);
                await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                    for (String language : EDITIONS) {
                        JsonNode article =
                                get(api, "/api/articles/" + ArticleComposer.uri(NatoStories.CLUSTER, language));
                        assertThat(article.path("pubstatus").asText())
                                .as(language)
                                .isEqualTo("canceled");
                    }
                });
                assertThat(get(api, "/api/feeds/en/all.atom").asText()).doesNotContain(EN);
                assertThat(post(api, "/api/articles/" + EN + "/correct", "Bearer " + TOKEN, "{\"note\": \"late\"}")
                                .statusCode())
                        .isEqualTo(409);

                await().atMost(Duration.ofSeconds(20))
                        .until(() -> eventIds(receiver)
                                .containsAll(EDITIONS.stream()
                                        .map(l -> ArticleComposer.uri(NatoStories.CLUSTER, l)
                                                + (l.equals("en") ? "@4" : "@3"))
                                        .toList()));
                assertThat(receiver.accepted())
                        .allSatisfy(r -> assertThat(r.signedWith(SECRET)).isTrue());
                assertThat(receiver.accepted().stream()
                                .filter(r -> EN.equals(r.header(WebhookDelivery.ARTICLE)))
                                .map(r -> r.header(WebhookDelivery.EVENT_ID))
                                .toList())
                        .containsExactly(EN + "@1", EN + "@2", EN + "@3", EN + "@3/resend/" + resendId, EN + "@4");
            } finally {
                service.close();
            }
        }
    }

    @Test
    void shouldKeepAKilledArticleWithdrawnWhenAMemberUpdatesAfterARestart() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            StreamsService first = start(receiver);
            try {
                produce(NatoStories.reuters().build());
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> version(first.http().url(), EN).equals("1"));
                assertThat(post(
                                        first.http().url(),
                                        "/api/articles/" + EN + "/kill",
                                        "Bearer " + TOKEN,
                                        "{\"reason\": \"legal hold\"}")
                                .statusCode())
                        .isEqualTo(202);
                await().atMost(Duration.ofSeconds(20))
                        .until(() -> version(first.http().url(), EN).equals("2"));
            } finally {
                first.close();
            }

            StreamsService second = start(receiver);
            try {
                String api = second.http().url();
                StoryBuilder other = StoryBuilder.story("afp:harbour-1")
                        .source("afp", "AFP")
                        .cluster("cl-harbour")
                        .headline("Harbour reopens after storm")
                        .paragraphs("The harbour reopened on Tuesday.");
                produce(
                        NatoStories.reuters()
                                .version(2)
                                .headline("Blinken in Brussels, updated")
                                .build(),
                        NatoStories.voa().build(),
                        other.build());
                String harbour = ArticleComposer.uri("cl-harbour", "en");
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> version(api, harbour).equals("1"));

                JsonNode killed = get(api, "/api/articles/" + EN);
                assertThat(killed.path("pubstatus").asText()).isEqualTo("canceled");
                assertThat(killed.path("version").asText())
                        .as("nothing after the kill")
                        .isEqualTo("2");
            } finally {
                second.close();
            }
        }
    }

    private StreamsService start(WebhookReceiver receiver) throws Exception {
        Path yaml = home.resolve("kawat.yaml");
        Files.writeString(yaml, String.format(Locale.ROOT, """
                publish:
                  webhooks:
                    - id: newsroom
                      url: %s
                      secret-env: IT_WEBHOOK_SECRET
                      allow-private-network: true
                      start-from: earliest
                """, receiver.url()));
        StreamsService service = PublishService.create(Config.load(PublishSettings.all(), yaml, env), env);
        service.start();
        return service;
    }

    /** Story versions in order, all on partition 0 of the input, so the topology sees them in this order. */
    private void produce(EnrichedStory... stories) {
        Topic<String, EnrichedStory> topic = topics.enrichedStories();
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, EnrichedStory> producer = new KafkaProducer<>(
                props, topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            for (EnrichedStory story : stories) {
                producer.send(
                        new ProducerRecord<>(topic.name(), 0, story.getStory().getStoryId(), story));
            }
        }
    }

    private static List<String> eventIds(WebhookReceiver receiver) {
        return receiver.accepted().stream()
                .map(r -> r.header(WebhookDelivery.EVENT_ID))
                .toList();
    }

    /** The article's version at the API, "" while it is not there. */
    private String version(String api, String uri) throws Exception {
        return get(api, "/api/articles/" + uri).path("version").asText();
    }

    /** JSON answers parsed, others as a text node; an empty object for anything but 200. */
    private JsonNode get(String api, String path) throws Exception {
        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(URI.create(api + path)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            return json.createObjectNode();
        }
        return response.headers().firstValue("Content-Type").orElse("").contains("json")
                ? json.readTree(response.body())
                : json.getNodeFactory().textNode(response.body());
    }

    private HttpResponse<String> post(String api, String path, String authorization, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(api + path))
                        .header("Authorization", authorization)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
