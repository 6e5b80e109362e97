package io.kawat.console.internal;

import io.kawat.schemas.serde.RegistryUnavailableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads topics from their beginning and then follows them, committed records only, without a consumer group (the
 * console keeps nothing between starts: it rebuilds its view from the topics). Values are decoded here: a record
 * that does not decode is logged with its position and skipped; while the registry is unreachable the record is
 * retried.
 *
 * @param <V> the decoded value; null for a tombstone
 */
final class TopicTail<V> implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TopicTail.class);

    /** One record read: its position, key, decoded value (null for a tombstone), timestamp and headers. */
    record Read<V>(
            String topic, int partition, long offset, String key, V value, long timestamp, Headers headers, int size) {}

    private final KafkaConsumer<String, byte[]> consumer;
    private final Deserializer<V> values;
    private final Consumer<Read<V>> handler;
    private final Thread thread;
    private volatile boolean running = true;

    private TopicTail(
            KafkaConsumer<String, byte[]> consumer, Deserializer<V> values, Consumer<Read<V>> handler, String name) {
        this.consumer = consumer;
        this.values = values;
        this.handler = handler;
        this.thread = new Thread(this::loop, "kawat-console-" + name);
        thread.setDaemon(true);
    }

    /** Starts following {@code topics} (which exist) from their beginning; {@code handler} runs on one thread. */
    static <V> TopicTail<V> start(
            String name,
            String bootstrapServers,
            List<String> topics,
            Deserializer<V> values,
            Consumer<Read<V>> handler) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "kawat-console-" + name);
        KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
            infos.forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        TopicTail<V> tail = new TopicTail<>(consumer, values, handler, name);
        tail.thread.start();
        return tail;
    }

    private void loop() {
        try {
            while (running) {
                ConsumerRecords<String, byte[]> batch = consumer.poll(Duration.ofMillis(300));
                for (TopicPartition partition : batch.partitions()) {
                    for (ConsumerRecord<String, byte[]> record : batch.records(partition)) {
                        if (!handle(record)) {
                            break; // the partition was rewound to this record
                        }
                    }
                }
            }
        } catch (WakeupException stopping) {
            // close() woke us up
        } catch (RuntimeException e) {
            log.error("Console stopped following {}: {}", consumer.assignment(), e.toString(), e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** Decodes and hands over one record; false when it must be read again (registry unreachable). */
    private boolean handle(ConsumerRecord<String, byte[]> record) {
        V value;
        try {
            value = record.value() == null
                    ? null
                    : values.deserialize(record.topic(), record.headers(), record.value());
        } catch (RegistryUnavailableException e) {
            log.warn(
                    "Registry unreachable while reading {}-{}@{}; retrying: {}",
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    e.getMessage());
            consumer.seek(new TopicPartition(record.topic(), record.partition()), record.offset());
            pause();
            return false;
        } catch (RuntimeException e) {
            log.warn(
                    "Skipped an undecodable record {}-{}@{}: {}",
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    e.getMessage());
            return true;
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
        return true;
    }

    private void pause() {
        try {
            Thread.sleep(1_000); // the registry client already retried; give it a moment before reading again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
