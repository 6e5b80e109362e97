package io.kawat.publish.internal.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kawat.platform.kafka.TopicProvisioner;
import io.kawat.platform.streams.DeadLetters;
import io.kawat.publish.internal.chrome.Chrome;
import io.kawat.publish.internal.compose.ArticleComposer;
import io.kawat.publish.internal.compose.ComposerConfig;
import io.kawat.publish.internal.ninjs.NinjsMapper;
import io.kawat.publish.internal.testing.NatoStories;
import io.kawat.publish.internal.testing.WebhookReceiver;
import io.kawat.schemas.Topic;
import io.kawat.schemas.Topics;
import io.kawat.schemas.TopicsConfig;
import io.kawat.schemas.avro.Article;
import io.kawat.schemas.registry.RegistryClientConfig;
import io.kawat.schemas.registry.RestSchemaRegistryClient;
import io.kawat.testkit.KawatStack;
import io.kawat.testkit.KawatStackExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Webhook delivery from {@code news.articles.v1} on the real broker to a loopback receiver: signed, in order per
 * article, retried, dead-lettered, and not delivered again after a restart.
 */
@ExtendWith(KawatStackExtension.class)
class WebhookDeliveryIT {
    private static final String SECRET = "whsec-it";
    private static final Chrome CHROME = Chrome.load();
    private static final ArticleComposer COMPOSER = new ArticleComposer(ComposerConfig.defaults(), CHROME);
    private static final String EN = ArticleComposer.uri(NatoStories.CLUSTER, "en");
    private static final String ID = ArticleComposer.uri(NatoStories.CLUSTER, "id");

    private KawatStack stack;
    private String prefix;
    private Topics topics;
    private WebhookReceiver receiver;
    private final List<Webhooks> started = new ArrayList<>();

    @BeforeEach
    void setUp(KawatStack stack) throws Exception {
        this.stack = stack;
        prefix = stack.uniqueName("hooks") + ".";
        topics = Topics.create(
                TopicsConfig.defaults().withNamePrefix(prefix),
                new RestSchemaRegistryClient(RegistryClientConfig.of(stack.registryUrl())));
        try (Admin admin = admin()) {
            new TopicProvisioner(admin, (short) 1)
                    .ensure(List.of(topics.articles(), topics.deadLetters(topics.articles())), Duration.ofSeconds(30));
        }
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void tearDown() {
        started.forEach(Webhooks::close);
        receiver.close();
    }

    @Test
    void shouldDeliverEveryVersionSignedAndInOrderPerArticleWhenTheReceiverFailsThreeTimesFirst() {
        receiver.answer(500, 502, 503);
        Webhooks webhooks = start(8);
        produce(version(EN, 1), version(ID, 1), version(EN, 2), version(ID, 2), version(EN, 3), version(ID, 3));

        await().atMost(Duration.ofSeconds(30)).until(() -> accepted().size() == 6);

        assertThat(receiver.requests())
                .hasSize(9)
                .allSatisfy(r -> assertThat(r.signedWith(SECRET)).isTrue());
        assertThat(versionsOf(EN)).containsExactly("1", "2", "3");
        assertThat(versionsOf(ID)).containsExactly("1", "2", "3");
        assertThat(accepted())
                .extracting(WebhookReceiver.Request::body)
                .allSatisfy(body -> assertThat(body).contains("\"pubstatus\":\"usable\""));
        assertThat(webhooks.metrics("cms").deliveredCount()).isEqualTo(6.0);
        assertThat(webhooks.metrics("cms").failedCount()).isEqualTo(3.0);
    }

    @Test
    void shouldNotDeliverAgainWhatWasDeliveredWhenRestarted() throws Exception {
        Webhooks first = start(8);
        produce(version(EN, 1), version(ID, 1), version(EN, 2));
        await().atMost(Duration.ofSeconds(30)).until(() -> accepted().size() == 3 && committedToTheEnd());
        first.close();

        produce(version(EN, 3), version(ID, 2));
        start(8);
        await().atMost(Duration.ofSeconds(30)).until(() -> accepted().size() == 5 && committedToTheEnd());

        List<String> eventIds = receiver.requests().stream()
                .map(r -> r.header(WebhookDelivery.EVENT_ID))
                .toList();
        assertThat(eventIds)
                .hasSize(5)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrder(EN + "@1", ID + "@1", EN + "@2", EN + "@3", ID + "@2");
    }

    @Test
    void shouldDeadLetterAnEventAfterMaxAttemptsAndMoveOn() {
        receiver.answer(503, 503);
        Webhooks webhooks = start(2);
        produce(version(EN, 1), version(EN, 2));

        await().atMost(Duration.ofSeconds(30)).until(() -> accepted().size() == 1);
        List<ConsumerRecord<String, byte[]>> letters = deadLetters();
        assertThat(letters).singleElement().satisfies(letter -> {
            assertThat(letter.key()).isEqualTo(EN);
            assertThat(header(letter, DeadLetterWriter.SUBSCRIBER)).isEqualTo("cms");
            assertThat(header(letter, DeadLetterWriter.ATTEMPTS)).isEqualTo("2");
            assertThat(header(letter, DeadLetterWriter.EVENT_ID)).isEqualTo(EN + "@1");
            assertThat(header(letter, DeadLetters.REASON)).isEqualTo("gave up after 2 attempts; last: HTTP 503");
            assertThat(header(letter, DeadLetters.STAGE)).isEqualTo("webhook");
            assertThat(topics.articles()
                            .valueSerde()
                            .deserializer()
                            .deserialize(topics.articles().name(), letter.value())
                            .getVersion())
                    .isEqualTo(1L);
        });
        assertThat(versionsOf(EN)).containsExactly("2");
        assertThat(webhooks.metrics("cms").deadLetteredCount()).isEqualTo(1.0);
    }

    private Webhooks start(int maxAttempts) {
        WebhookSubscriber subscriber =
                new WebhookSubscriber("cms", receiver.url(), SECRET, true, maxAttempts, "earliest");
        Webhooks webhooks = new Webhooks(
                List.of(subscriber),
                new Webhooks.Settings(Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofSeconds(5)),
                io.kawat.platform.kafka.KafkaClients.of(stack.bootstrapServers()),
                topics,
                prefix,
                new NinjsMapper(CHROME),
                new SimpleMeterRegistry(),
                Clock.systemUTC(),
                Sleeper.system());
        started.add(webhooks);
        webhooks.start();
        return webhooks;
    }

    private List<WebhookReceiver.Request> accepted() {
        return receiver.accepted();
    }

    private List<String> versionsOf(String uri) {
        return accepted().stream()
                .filter(r -> uri.equals(r.header(WebhookDelivery.ARTICLE)))
                .map(r -> r.body().replaceAll(".*\"version\":\"(\\d+)\".*", "$1"))
                .toList();
    }

    private static Article version(String uri, long version) {
        String language = uri.substring(uri.lastIndexOf(':') + 1);
        Instant at = Instant.parse("2021-03-23T20:00:00Z").plusSeconds(version * 60);
        Article base = COMPOSER.compose(
                NatoStories.CLUSTER, language, List.of(NatoStories.reuters().build()), null, List.of(), at);
        return Article.newBuilder(base)
                .setVersion(version)
                .setHeadline(base.getHeadline() + " (v" + version + ")")
                .build();
    }

    private void produce(Article... articles) {
        Topic<String, Article> topic = topics.articles();
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, Article> producer = new KafkaProducer<>(
                props, topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            for (Article article : articles) {
                producer.send(new ProducerRecord<>(topic.name(), article.getUri(), article));
            }
        }
    }

    private boolean committedToTheEnd() throws Exception {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(
                            Webhooks.groupId(prefix, "cms"))
                    .partitionsToOffsetAndMetadata()
                    .get();
            Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
            for (int p = 0; p < topics.articles().spec().partitions(); p++) {
                latest.put(new TopicPartition(topics.articles().name(), p), OffsetSpec.latest());
            }
            var ends = admin.listOffsets(latest).all().get();
            return ends.entrySet().stream()
                    .allMatch(e -> committed.get(e.getKey()) != null
                            && committed.get(e.getKey()).offset()
                                    == e.getValue().offset());
        }
    }

    private List<ConsumerRecord<String, byte[]>> deadLetters() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        String name = topics.deadLetters(topics.articles()).name();
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(name, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(name, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(found::add);
            }
        }
        return found;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private Admin admin() {
        return Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()));
    }
}
