package io.kawat.console.internal;

import io.kawat.platform.kafka.KafkaClients;
import io.kawat.platform.kafka.TopicFollower;
import io.kawat.schemas.serde.RegistryUnavailableException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads topics from their beginning and then follows them, committed records only, without a consumer group (the
 * console keeps nothing between starts: it rebuilds its view from the topics). Values are decoded here: a record
 * that does not decode is logged with its position and skipped; while the registry or the broker is unreachable the
 * tail is down ({@link #isUp()}, part of the console's {@code /ready}) and continues after a backoff at the record it
 * could not read: a {@link TopicFollower}.
 *
 * @param <V> the decoded value; null for a tombstone
 */
final class TopicTail<V> implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TopicTail.class);

    /** One record read: its position, key, decoded value (null for a tombstone), timestamp and headers. */
    record Read<V>(
            String topic, int partition, long offset, String key, V value, long timestamp, Headers headers, int size) {}

    private final Deserializer<V> values;
    private final Consumer<Read<V>> handler;
    private final TopicFollower<String, byte[]> follower;

    private TopicTail(
            KafkaClients clients, List<String> topics, Deserializer<V> values, Consumer<Read<V>> handler, String name) {
        this.values = values;
        this.handler = handler;
        this.follower = new TopicFollower<>(
                "kawat-console-" + name,
                topics,
                () -> clients.consumer(null, Map.of(), new StringDeserializer(), new ByteArrayDeserializer()),
                this::handle);
    }

    /** Starts following {@code topics} (which exist) from their beginning; {@code handler} runs on one thread. */
    static <V> TopicTail<V> start(
            String name, KafkaClients clients, List<String> topics, Deserializer<V> values, Consumer<Read<V>> handler) {
        TopicTail<V> tail = new TopicTail<>(clients, topics, values, handler, name);
        tail.follower.start();
        return tail;
    }

    /** True while the tail follows its topics. */
    boolean isUp() {
        return follower.isUp();
    }

    /** Decodes and hands over one record; throws (to read it again later) while the registry is unreachable. */
    private void handle(ConsumerRecord<String, byte[]> record) {
        V value;
        try {
            value = record.value() == null
                    ? null
                    : values.deserialize(record.topic(), record.headers(), record.value());
        } catch (RegistryUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            log.warn(
                    "Skipped an undecodable record {}-{}@{}: {}",
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    e.getMessage());
            return;
        }
        int size = record.value() == null ? 0 : record.value().length;
        try {
            handler.accept(new Read<>(
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    record.key(),
                    value,
                    record.timestamp(),
                    record.headers(),
                    size));
        } catch (RuntimeException e) {
            log.warn(
                    "Could not show record {}-{}@{}: {}",
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    e.toString());
        }
    }

    @Override
    public void close() {
        follower.close();
    }
}
