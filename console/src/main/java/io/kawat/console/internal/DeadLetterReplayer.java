package io.kawat.console.internal;

import io.kawat.platform.kafka.KafkaClients;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends dead letters back to the topic they came from, with the same key and value bytes (and their headers, less
 * the {@code kawat.dlq.*} ones, plus {@code kawat.replayed-from}), so the topology that refused them reads them
 * again once the cause is fixed. Reads each record again from Kafka by position. Not thread-safe: one job at a time.
 */
final class DeadLetterReplayer implements AutoCloseable {
    static final String REPLAYED_FROM = "kawat.replayed-from";
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(20);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final KafkaProducer<byte[], byte[]> producer;

    DeadLetterReplayer(KafkaClients clients, String clientId) {
        consumer = clients.consumer(
                clientId + "-replay-reader", Map.of(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        producer = clients.producer(
                clientId + "-replay-writer", Map.of(), new ByteArraySerializer(), new ByteArraySerializer());
    }

    /**
     * Replays {@code letters} (all of one dead-letter topic), calling {@code progress} with each letter and whether it
     * went back; a letter no longer in Kafka (retention) does not.
     */
    void replay(List<DeadLetter> letters, BiConsumer<DeadLetter, Boolean> progress)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<Integer, List<DeadLetter>> byPartition = new TreeMap<>();
        letters.forEach(l -> byPartition
                .computeIfAbsent(l.partition(), p -> new ArrayList<>())
                .add(l));
        for (List<DeadLetter> list : byPartition.values()) {
            list.sort(Comparator.comparingLong(DeadLetter::offset));
            Map<Long, ConsumerRecord<byte[], byte[]>> found = read(list);
            for (DeadLetter letter : list) {
                ConsumerRecord<byte[], byte[]> record = found.get(letter.offset());
                if (record != null) {
                    send(letter, record);
                }
                progress.accept(letter, record != null);
            }
        }
    }

    /** Reads one partition from the first wanted offset up to the last one (or its end). */
    private Map<Long, ConsumerRecord<byte[], byte[]>> read(List<DeadLetter> sorted) {
        TopicPartition tp =
                new TopicPartition(sorted.get(0).topic(), sorted.get(0).partition());
        long last = sorted.get(sorted.size() - 1).offset();
        consumer.assign(List.of(tp));
        consumer.seek(tp, sorted.get(0).offset());
        long end = consumer.endOffsets(List.of(tp)).get(tp);
        Map<Long, ConsumerRecord<byte[], byte[]>> found = new HashMap<>();
        long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
        while (consumer.position(tp) <= last && consumer.position(tp) < end && System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> r :
                    consumer.poll(Duration.ofMillis(200)).records(tp)) {
                found.put(r.offset(), r);
            }
        }
        return found;
    }

    private void send(DeadLetter letter, ConsumerRecord<byte[], byte[]> record)
            throws InterruptedException, ExecutionException, TimeoutException {
        ProducerRecord<byte[], byte[]> out = new ProducerRecord<>(letter.origin(), null, record.key(), record.value());
        for (Header h : record.headers()) {
            if (!h.key().startsWith("kawat.dlq.") && !h.key().equals(REPLAYED_FROM)) {
                out.headers().add(h);
            }
        }
        out.headers().add(REPLAYED_FROM, letter.id().getBytes(StandardCharsets.UTF_8));
        producer.send(out).get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
        producer.close(Duration.ofSeconds(5));
    }
}
