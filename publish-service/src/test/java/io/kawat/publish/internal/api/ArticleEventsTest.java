package io.kawat.publish.internal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kawat.publish.internal.chrome.Chrome;
import io.kawat.publish.internal.compose.ArticleComposer;
import io.kawat.publish.internal.compose.ComposerConfig;
import io.kawat.publish.internal.testing.NatoStories;
import io.kawat.schemas.Topic;
import io.kawat.schemas.Topics;
import io.kawat.schemas.TopicsConfig;
import io.kawat.schemas.avro.Article;
import io.kawat.schemas.registry.InMemorySchemaRegistryClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** The article event stream restarts after an error instead of stopping for good, and says so while it is down. */
class ArticleEventsTest {
    private static final ArticleComposer COMPOSER = new ArticleComposer(ComposerConfig.defaults(), Chrome.load());

    private final Topic<String, Article> topic = Topics.create(
                    TopicsConfig.defaults(), new InMemorySchemaRegistryClient())
            .articles();
    private final TopicPartition p0 = new TopicPartition(topic.name(), 0);

    @Test
    void shouldBeDownAfterAnErrorThenContinueWhereItStoppedWithoutRepeatingEvents() {
        List<byte[]> values = List.of(encoded(1), encoded(2), new byte[] {9, 9, 9}, encoded(3));
        AtomicBoolean brokerFailed = new AtomicBoolean();
        List<MockConsumer<String, byte[]>> opened = new CopyOnWriteArrayList<>();
        ArticleEvents events = new ArticleEvents(
                topic,
                () -> {
                    MockConsumer<String, byte[]> consumer = consumer(values, brokerFailed);
                    opened.add(consumer);
                    return consumer;
                },
                Duration.ofSeconds(2));
        List<Long> pushed = new CopyOnWriteArrayList<>();
        events.addListener(e -> pushed.add(e.article().getVersion()));
        try (events) {
            events.startFollowing();
            await().atMost(Duration.ofSeconds(5)).until(brokerFailed::get);
            await().atMost(Duration.ofSeconds(2)).until(() -> !events.isUp());
            assertThat(events.since(0))
                    .extracting(e -> e.article().getVersion())
                    .containsExactly(1L);

            await().atMost(Duration.ofSeconds(10)).until(() -> pushed.size() == 3);
            assertThat(events.isUp()).isTrue();
            assertThat(events.since(0))
                    .as("an undecodable record is skipped; nothing is repeated after the restart")
                    .extracting(ArticleEvents.Event::id, e -> e.article().getVersion())
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(1L, 1L),
                            org.assertj.core.groups.Tuple.tuple(2L, 2L),
                            org.assertj.core.groups.Tuple.tuple(3L, 3L));
            assertThat(opened).hasSize(2);
            assertThat(opened.get(0).closed()).isTrue();
        }
        assertThat(opened.get(1).closed()).isTrue();
    }

    /** A consumer of one partition holding {@code values}; the first one ever made fails after its first record. */
    private MockConsumer<String, byte[]> consumer(List<byte[]> values, AtomicBoolean brokerFailed) {
        MockConsumer<String, byte[]> consumer = new MockConsumer<>("earliest") {
            @Override
            public synchronized void assign(Collection<TopicPartition> partitions) {
                super.assign(partitions);
                for (int i = 0; i < values.size(); i++) {
                    addRecord(new ConsumerRecord<>(topic.name(), 0, i, "uri-" + i, values.get(i)));
                }
            }

            @Override
            public synchronized ConsumerRecords<String, byte[]> poll(Duration timeout) {
                if (position(p0) == 1 && brokerFailed.compareAndSet(false, true)) {
                    throw new KafkaException("broker gone");
                }
                return super.poll(timeout);
            }
        };
        consumer.updatePartitions(topic.name(), List.of(new PartitionInfo(topic.name(), 0, null, null, null)));
        consumer.updateBeginningOffsets(Map.of(p0, 0L));
        consumer.updateEndOffsets(Map.of(p0, (long) values.size()));
        consumer.setMaxPollRecords(1);
        return consumer;
    }

    private byte[] encoded(int version) {
        Article base = COMPOSER.compose(
                NatoStories.CLUSTER,
                "en",
                List.of(NatoStories.reuters().build()),
                null,
                List.of(),
                Instant.parse("2021-03-23T20:00:00Z"));
        Article article = Article.newBuilder(base).setVersion(version).build();
        return topic.valueSerde().serializer().serialize(topic.name(), article);
    }
}
