package io.kawat.platform.kafka;

import io.kawat.platform.lifecycle.RestartingLoop;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads topics from their beginning and then follows them, without a consumer group (committed records only, from
 * {@link KafkaClients#consumer}), handing every record to a handler on one thread, in order per partition. It is a
 * {@link RestartingLoop}: when polling or the handler throws (broker or registry unreachable, say) the consumer is
 * closed and, after a backoff, a new one continues at the record that failed, so nothing is skipped and nothing is
 * handed over twice. A record the handler can never accept is the handler's to set aside (skip or dead-letter it).
 */
public final class TopicFollower<K, V> implements AutoCloseable {
    private static final Duration POLL = Duration.ofMillis(300);
    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(30);

    /** Takes one record; throws to have it (and what follows) read again after a backoff. */
    @FunctionalInterface
    public interface Handler<K, V> {
        void accept(ConsumerRecord<K, V> record) throws Exception;
    }

    private final List<String> topics;
    private final Supplier<? extends Consumer<K, V>> consumers;
    private final Handler<K, V> handler;
    private final Map<TopicPartition, Long> next = new HashMap<>();
    private final RestartingLoop loop;

    /**
     * @param name      the thread's name, also in logs
     * @param consumers opens a consumer for each life (e.g. {@code () -> clients.consumer(...)})
     */
    public TopicFollower(
            String name, List<String> topics, Supplier<? extends Consumer<K, V>> consumers, Handler<K, V> handler) {
        this(name, topics, consumers, handler, RestartingLoop.INITIAL_BACKOFF, RestartingLoop.MAX_BACKOFF);
    }

    public TopicFollower(
            String name,
            List<String> topics,
            Supplier<? extends Consumer<K, V>> consumers,
            Handler<K, V> handler,
            Duration initialBackoff,
            Duration maxBackoff) {
        this.topics = List.copyOf(topics);
        this.consumers = consumers;
        this.handler = handler;
        this.loop = new RestartingLoop(name, this::life, initialBackoff, maxBackoff);
    }

    public TopicFollower<K, V> start() {
        loop.start();
        return this;
    }

    /** True while the consumer follows its partitions (false after an error, until a new life has them again). */
    public boolean isUp() {
        return loop.isUp();
    }

    /** How many lives ended in an error. */
    public long failures() {
        return loop.failures();
    }

    private void life(RestartingLoop.Life life) {
        try (Consumer<K, V> consumer = consumers.get()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, METADATA_TIMEOUT);
                if (infos == null || infos.isEmpty()) {
                    throw new IllegalStateException("topic " + topic + " has no partitions (does it exist?)");
                }
                infos.forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            List<TopicPartition> fresh = new ArrayList<>();
            for (TopicPartition partition : partitions) {
                Long position = next.get(partition);
                if (position == null) {
                    fresh.add(partition);
                } else {
                    consumer.seek(partition, position);
                }
            }
            if (!fresh.isEmpty()) { // an empty list would mean every assigned partition
                consumer.seekToBeginning(fresh);
            }
            life.up();
            while (life.running()) {
                ConsumerRecords<K, V> records = consumer.poll(POLL);
                for (TopicPartition partition : records.partitions()) {
                    for (ConsumerRecord<K, V> record : records.records(partition)) {
                        if (!life.running()) {
                            return;
                        }
                        try {
                            handler.accept(record);
                        } catch (Exception e) {
                            throw new IllegalStateException(
                                    "record " + partition + "@" + record.offset() + " not handled: " + e, e);
                        }
                        next.put(partition, record.offset() + 1);
                    }
                }
            }
        }
    }

    @Override
    public void close() {
        loop.close();
    }
}
