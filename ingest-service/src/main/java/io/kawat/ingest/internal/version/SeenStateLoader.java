package io.kawat.ingest.internal.version;

import io.kawat.platform.kafka.KafkaClients;
import io.kawat.schemas.Topic;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the compacted seen-state topic from the beginning to its end (committed records only). */
public final class SeenStateLoader {
    private static final Logger log = LoggerFactory.getLogger(SeenStateLoader.class);

    private SeenStateLoader() {}

    public static Map<String, SeenState> load(KafkaClients clients, Topic<String, String> topic, Duration timeout) {
        Map<String, SeenState> seen = new ConcurrentHashMap<>();
        try (KafkaConsumer<String, String> consumer = clients.consumer(
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
                    throw new IllegalStateException("Seen-state topic " + topic.name() + " not read to its end in "
                            + timeout.toSeconds() + " s");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.value() == null) {
                        seen.remove(record.key());
                    } else {
                        seen.put(record.key(), SeenState.fromJson(record.value()));
                    }
                }
            }
        }
        log.info("Loaded the seen state of {} stories from {}", seen.size(), topic.name());
        return seen;
    }

    private static boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }
}
