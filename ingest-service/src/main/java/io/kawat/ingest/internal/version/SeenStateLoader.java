package io.kawat.ingest.internal.version;

import io.kawat.platform.kafka.KafkaClients;
import io.kawat.schemas.Topic;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads a compacted topic (the seen state, the feed statuses) from the beginning to its end (committed records only). */
public final class SeenStateLoader {
    private static final Logger log = LoggerFactory.getLogger(SeenStateLoader.class);

    private SeenStateLoader() {}

    public static Map<String, SeenState> load(KafkaClients clients, Topic<String, String> topic, Duration timeout) {
        Map<String, SeenState> seen = new ConcurrentHashMap<>();
        readToEnd(clients, topic, timeout, (key, value) -> {
            if (value == null) {
                seen.remove(key);
            } else {
                seen.put(key, SeenState.fromJson(value));
            }
        });
        log.info("Loaded the seen state of {} stories from {}", seen.size(), topic.name());
        return seen;
    }

    /** The latest value of every key of a compacted topic (a deleted key is absent). */
    public static <V> Map<String, V> latest(KafkaClients clients, Topic<String, V> topic, Duration timeout) {
        Map<String, V> latest = new ConcurrentHashMap<>();
        readToEnd(clients, topic, timeout, (key, value) -> {
            if (value == null) {
                latest.remove(key);
            } else {
                latest.put(key, value);
            }
        });
        return latest;
    }

    private static <V> void readToEnd(
            KafkaClients clients, Topic<String, V> topic, Duration timeout, BiConsumer<String, V> each) {
        try (KafkaConsumer<String, V> consumer = clients.consumer(
                null,
                Map.of(),
                topic.keySerde().deserializer(),
                topic.valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), timeout).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!reached(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(
                            "Topic " + topic.name() + " not read to its end in " + timeout.toSeconds() + " s");
                }
                for (ConsumerRecord<String, V> record : consumer.poll(Duration.ofMillis(200))) {
                    each.accept(record.key(), record.value());
                }
            }
        }
    }

    private static boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }
}
