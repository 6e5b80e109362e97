package io.kawat.ingest.internal.door;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kawat.platform.kafka.HeaderText;
import io.kawat.platform.streams.DeadLetters;
import io.kawat.schemas.Topic;
import io.kawat.schemas.Topics;
import io.kawat.schemas.TopicsConfig;
import io.kawat.schemas.avro.FeedAction;
import io.kawat.schemas.avro.FeedCommand;
import io.kawat.schemas.registry.InMemorySchemaRegistryClient;
import io.kawat.schemas.registry.SchemaRegistryClient;
import io.kawat.schemas.registry.SchemaRegistryException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** Operator commands survive a registry outage: retried with backoff, never dead-lettered; garbage is. */
class CommandListenerTest {
    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
    private final AtomicBoolean registryDown = new AtomicBoolean(true);
    private final Topics writing = Topics.create(TopicsConfig.defaults(), registry);
    private final Topics reading = Topics.create(TopicsConfig.defaults(), flaky(registry, registryDown));
    private final Topic<String, FeedCommand> commands = reading.feedCommands();
    private final TopicPartition p0 = new TopicPartition(commands.name(), 0);

    @Test
    void shouldRetryAValidCommandWhileTheRegistryIsDownAndDeadLetterOnlyWhatDoesNotDecode() {
        List<byte[]> values = List.of(
                encoded("feed-a", FeedAction.PAUSE), new byte[] {7, 7, 7}, encoded("feed-b", FeedAction.RESUME));
        MockProducer<String, byte[]> deadLetters =
                new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
        List<String> applied = new CopyOnWriteArrayList<>();
        CommandListener listener = new CommandListener(
                commands,
                reading.deadLetters(commands),
                new HashSet<>(),
                () -> consumer(values),
                deadLetters,
                c -> applied.add(c.getFeedId() + " " + c.getAction()),
                Duration.ofMillis(500));
        try (listener) {
            listener.startFollowing();
            await().atMost(Duration.ofSeconds(10)).until(() -> listener.failures() >= 2);
            assertThat(applied)
                    .as("tried again, still waiting for the registry")
                    .isEmpty();
            assertThat(deadLetters.history())
                    .as("a valid command is not dead-lettered")
                    .isEmpty();
            assertThat(listener.isUp()).isFalse();

            registryDown.set(false);
            await().atMost(Duration.ofSeconds(30)).until(() -> applied.size() == 2);
            assertThat(applied).containsExactly("feed-a PAUSE", "feed-b RESUME");
            assertThat(listener.isUp()).isTrue();
            assertThat(deadLetters.history()).hasSize(1);
            assertThat(deadLetters.history().get(0).value()).containsExactly(7, 7, 7);
            assertThat(HeaderText.of(deadLetters.history().get(0).headers(), DeadLetters.SOURCE_OFFSET))
                    .isEqualTo("1");
        }
    }

    private MockConsumer<String, byte[]> consumer(List<byte[]> values) {
        MockConsumer<String, byte[]> consumer = new MockConsumer<>("earliest") {
            @Override
            public synchronized void assign(Collection<TopicPartition> partitions) {
                super.assign(partitions);
                for (int i = 0; i < values.size(); i++) {
                    addRecord(new ConsumerRecord<>(commands.name(), 0, i, "feed", values.get(i)));
                }
            }
        };
        consumer.updatePartitions(commands.name(), List.of(new PartitionInfo(commands.name(), 0, null, null, null)));
        consumer.updateBeginningOffsets(Map.of(p0, 0L));
        consumer.updateEndOffsets(Map.of(p0, (long) values.size()));
        return consumer;
    }

    private byte[] encoded(String feedId, FeedAction action) {
        FeedCommand command = FeedCommand.newBuilder()
                .setFeedId(feedId)
                .setAction(action)
                .setOperator("ada")
                .setIssuedAt(Instant.parse("2026-01-01T00:00:00Z"))
                .setCommandId(feedId + "-" + action)
                .build();
        Topic<String, FeedCommand> topic = writing.feedCommands();
        return topic.valueSerde().serializer().serialize(topic.name(), command);
    }

    /** The registry, answering 503 to schema lookups while {@code down} is set. */
    private static SchemaRegistryClient flaky(SchemaRegistryClient registry, AtomicBoolean down) {
        return (SchemaRegistryClient) Proxy.newProxyInstance(
                SchemaRegistryClient.class.getClassLoader(),
                new Class<?>[] {SchemaRegistryClient.class},
                (proxy, method, args) -> {
                    if (down.get() && method.getName().equals("schemaById")) {
                        throw new SchemaRegistryException("registry restarting", 50301, 503);
                    }
                    try {
                        return method.invoke(registry, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
