package io.kawat.bench.load;

import io.kawat.platform.kafka.KafkaClients;
import io.kawat.schemas.avro.WireStory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Reading, producing and counting WireStory records for the passthrough baseline. */
final class TopicReader {

    private TopicReader() {}

    /** Every committed record of a topic, read from the beginning to the end offsets at the time of the call. */
    static List<WireStory> readAll(String bootstrapServers, String topic, Serde<WireStory> serde) {
        List<WireStory> out = new ArrayList<>();
        try (KafkaConsumer<String, WireStory> consumer = consumer(bootstrapServers, serde)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> out.add(r.value()));
            }
        }
        return out;
    }

    /**
     * Produces {@code total} records, cycling through {@code records}, in transactions of 50 like ingest's pushes,
     * keyed by story id, with the time of sending as the record timestamp.
     */
    static void produce(
            String bootstrapServers,
            String topic,
            Serde<WireStory> serde,
            List<WireStory> records,
            long total,
            String transactionalId) {
        try (KafkaProducer<String, WireStory> producer = KafkaClients.of(bootstrapServers)
                .transactionalProducer(transactionalId, new StringSerializer(), serde.serializer())) {
            producer.initTransactions();
            for (long i = 0; i < total; i += 50) {
                producer.beginTransaction();
                long now = System.currentTimeMillis();
                for (long j = i; j < Math.min(total, i + 50); j++) {
                    WireStory story = records.get((int) (j % records.size()));
                    producer.send(new ProducerRecord<>(topic, null, now, story.getStoryId(), story));
                }
                producer.commitTransaction();
            }
        }
    }

    /** Starts counting the records of {@code topic} from its beginning on a thread of its own. */
    static Counter count(String bootstrapServers, String topic, Serde<WireStory> serde, long expected) {
        return new Counter(consumer(bootstrapServers, serde), topic, expected);
    }

    /** Counts decoded records of a topic until it has seen the expected number. */
    static final class Counter implements AutoCloseable {
        private final KafkaConsumer<String, WireStory> consumer;
        private final long expected;
        private final AtomicLong seen = new AtomicLong();
        private final AtomicLong lastAt = new AtomicLong();
        private final Thread thread;
        private volatile boolean running = true;

        private Counter(KafkaConsumer<String, WireStory> consumer, String topic, long expected) {
            this.consumer = consumer;
            this.expected = expected;
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            thread = new Thread(this::run, "bench-baseline-counter");
            thread.setDaemon(true);
            thread.start();
        }

        private void run() {
            try {
                while (running && seen.get() < expected) {
                    var records = consumer.poll(Duration.ofMillis(100));
                    for (ConsumerRecord<String, WireStory> r : records) {
                        if (r.value() != null) {
                            seen.incrementAndGet();
                        }
                    }
                    if (!records.isEmpty()) {
                        lastAt.set(System.nanoTime());
                    }
                }
            } catch (WakeupException e) {
                running = false;
            } finally {
                consumer.close(Duration.ofSeconds(5));
            }
        }

        /** Waits until every expected record was consumed; returns the {@link System#nanoTime()} of the last one. */
        long awaitAll(Duration timeout) throws InterruptedException {
            thread.join(timeout.toMillis());
            if (seen.get() < expected) {
                throw new IllegalStateException("the passthrough delivered " + seen.get() + " of " + expected
                        + " records in " + timeout.toSeconds() + " s");
            }
            return lastAt.get();
        }

        @Override
        public void close() {
            running = false;
            consumer.wakeup();
        }
    }

    private static KafkaConsumer<String, WireStory> consumer(String bootstrapServers, Serde<WireStory> serde) {
        return KafkaClients.of(bootstrapServers)
                .consumer(
                        null,
                        Map.of(
                                ConsumerConfig.GROUP_ID_CONFIG,
                                "kawat-bench-reader-" + UUID.randomUUID(),
                                ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                                2_000,
                                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG,
                                20),
                        new StringDeserializer(),
                        serde.deserializer());
    }
}
