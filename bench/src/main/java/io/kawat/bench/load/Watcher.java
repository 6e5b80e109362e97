package io.kawat.bench.load;

import io.kawat.platform.kafka.HeaderText;
import io.kawat.platform.kafka.KafkaClients;
import io.kawat.platform.streams.DeadLetters;
import io.kawat.schemas.Topics;
import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.EnrichedStory;
import io.kawat.schemas.avro.WireStory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code wire.stories.v1}, {@code news.enriched.v1}, {@code news.articles.v1} and the dead-letter topics of
 * the first two from the beginning with {@code isolation.level=read_committed} on its own thread and hands what it
 * sees to the {@link Ledger}. Enriched records are only counted by key, not decoded.
 */
final class Watcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Watcher.class);

    private final KafkaConsumer<String, byte[]> consumer;
    private final Topics topics;
    private final Ledger ledger;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Throwable failure;

    Watcher(String bootstrapServers, Topics topics, Ledger ledger) {
        this.topics = topics;
        this.ledger = ledger;
        this.consumer = KafkaClients.of(bootstrapServers)
                .consumer(
                        null,
                        Map.of(
                                ConsumerConfig.GROUP_ID_CONFIG,
                                "kawat-bench-watcher-" + UUID.randomUUID(),
                                ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                                2_000,
                                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG,
                                20),
                        new StringDeserializer(),
                        new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(
                topics.wireStories().name(),
                topics.enrichedStories().name(),
                topics.articles().name(),
                topics.deadLetters(topics.wireStories()).name(),
                topics.deadLetters(topics.enrichedStories()).name())) {
            consumer.partitionsFor(topic, Duration.ofSeconds(30))
                    .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        thread = new Thread(this::run, "bench-watcher");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** The error that stopped the watcher, or null. */
    Throwable failure() {
        return failure;
    }

    private void run() {
        Deserializer<WireStory> wire = topics.wireStories().valueSerde().deserializer();
        Deserializer<Article> articles = topics.articles().valueSerde().deserializer();
        String wireTopic = topics.wireStories().name();
        String articleTopic = topics.articles().name();
        String enrichedTopic = topics.enrichedStories().name();
        String wireDeadLetters = topics.deadLetters(topics.wireStories()).name();
        Deserializer<EnrichedStory> enriched =
                topics.enrichedStories().valueSerde().deserializer();
        try {
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(100));
                long now = System.currentTimeMillis();
                for (ConsumerRecord<String, byte[]> r : records) {
                    if (r.value() == null) {
                        continue;
                    }
                    if (r.topic().equals(wireTopic)) {
                        ledger.onWire(wire.deserialize(r.topic(), r.value()));
                    } else if (r.topic().equals(articleTopic)) {
                        ledger.onArticle(articles.deserialize(r.topic(), r.value()), now);
                    } else if (r.topic().equals(enrichedTopic)) {
                        ledger.onEnriched(r.key(), now);
                    } else {
                        deadLetter(
                                r,
                                () -> r.topic().equals(wireDeadLetters)
                                        ? wire.deserialize(wireTopic, r.value())
                                        : enriched.deserialize(enrichedTopic, r.value())
                                                .getStory());
                    }
                }
            }
        } catch (WakeupException e) {
            LOG.debug("watcher woken up to stop");
        } catch (RuntimeException e) {
            failure = e;
            LOG.error("the watcher stopped", e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void deadLetter(ConsumerRecord<String, byte[]> r, Supplier<WireStory> decode) {
        WireStory story;
        try {
            story = decode.get();
        } catch (SerializationException e) {
            LOG.warn("an undecodable dead letter on {} (key {}): {}", r.topic(), r.key(), e.toString());
            story = null;
        }
        String description = String.format(
                Locale.ROOT,
                "%s at %s: %s: %s",
                r.key(),
                text(r, DeadLetters.STAGE),
                text(r, DeadLetters.ERROR_CLASS),
                text(r, DeadLetters.REASON));
        LOG.warn("dead letter on {}: {}", r.topic(), description);
        ledger.onDeadLetter(story, description);
    }

    private static String text(ConsumerRecord<?, ?> r, String header) {
        return Objects.requireNonNullElse(HeaderText.of(r.headers(), header), "?");
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
