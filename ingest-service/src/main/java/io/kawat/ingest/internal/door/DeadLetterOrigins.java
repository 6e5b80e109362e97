package io.kawat.ingest.internal.door;

import io.kawat.platform.kafka.HeaderText;
import io.kawat.platform.kafka.KafkaClients;
import io.kawat.platform.streams.DeadLetters;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Which records of a source topic a dead-letter topic already holds, from the origin headers of its records. */
final class DeadLetterOrigins {
    private DeadLetterOrigins() {}

    /** {@link #origin} keys of the records of {@code sourceTopic} found on {@code deadLetterTopic}. */
    static Set<String> read(KafkaClients clients, String deadLetterTopic, String sourceTopic) {
        Set<String> origins = java.util.concurrent.ConcurrentHashMap.newKeySet();
        try (KafkaConsumer<String, byte[]> consumer =
                clients.consumer(null, Map.of(), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(deadLetterTopic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(deadLetterTopic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (sourceTopic.equals(HeaderText.of(r.headers(), DeadLetters.SOURCE_TOPIC))) {
                        origins.add(HeaderText.of(r.headers(), DeadLetters.SOURCE_PARTITION) + "@"
                                + HeaderText.of(r.headers(), DeadLetters.SOURCE_OFFSET));
                    }
                }
            }
        }
        return origins;
    }

    static String origin(int partition, long offset) {
        return partition + "@" + offset;
    }
}
