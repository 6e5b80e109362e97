package io.kawat.reliability.harness;

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
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code wire.stories.v1}, {@code news.enriched.v1}, {@code news.articles.v1} and the dead-letter topics of the
 * first two fully, from the beginning, with {@code isolation.level=read_committed}, on its own thread, into
 * {@link TopicFacts}. It follows the topics while the pipeline runs, so it sees every article version before log
 * compaction of {@code news.articles.v1} could remove older ones.
 */
public final class TopicTail implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TopicTail.class);

    private final String bootstrapServers;
    private final Topics topics;
    private final TopicFacts facts = new TopicFacts();
    private final KafkaConsumer<String, byte[]> consumer;
    private final List<TopicPartition> partitions = new ArrayList<>();
    private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Throwable failure;

    /** Assigns every partition of the topics (they must exist) and starts reading. */
    public TopicTail(String bootstrapServers, Topics topics) {
        this.bootstrapServers = bootstrapServers;
        this.topics = topics;
        this.consumer = consumer(bootstrapServers);
        for (String topic : List.of(
                topics.wireStories().name(),
                topics.enrichedStories().name(),
                topics.articles().name(),
                topics.deadLetters(topics.wireStories()).name(),
                topics.deadLetters(topics.enrichedStories()).name())) {
            // the services provision their topics when they start
            Awaitility.await(topic + " provisioned")
                    .atMost(Duration.ofSeconds(60))
                    .pollInSameThread()
                    .until(() -> !consumer.partitionsFor(topic, Duration.ofSeconds(10))
                            .isEmpty());
            consumer.partitionsFor(topic, Duration.ofSeconds(10))
                    .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        thread = new Thread(this::run, "topic-tail");
        thread.setDaemon(true);
        thread.start();
    }

    private static KafkaConsumer<String, byte[]> consumer(String bootstrapServers) {
        return KafkaClients.of(bootstrapServers)
                .consumer(
                        null,
                        Map.of(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000),
                        new StringDeserializer(),
                        new ByteArrayDeserializer());
    }

    public TopicFacts facts() {
        return facts;
    }

    /** The error that stopped the reader, or null. */
    public Throwable failure() {
        return failure;
    }

    /** True when the reader has read every partition up to its current last committed offset. */
    public boolean caughtUp() {
        try (KafkaConsumer<String, byte[]> probe = consumer(bootstrapServers)) {
            Map<TopicPartition, Long> end = probe.endOffsets(partitions, Duration.ofSeconds(10));
            return end.entrySet().stream().allMatch(e -> positions.getOrDefault(e.getKey(), 0L) >= e.getValue());
        }
    }

    private void run() {
        Deserializer<WireStory> wire = topics.wireStories().valueSerde().deserializer();
        Deserializer<EnrichedStory> enriched =
                topics.enrichedStories().valueSerde().deserializer();
        Deserializer<Article> articles = topics.articles().valueSerde().deserializer();
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.value() == null) {
                        continue;
                    }
                    if (r.topic().equals(topics.wireStories().name())) {
                        WireStory story = wire.deserialize(r.topic(), r.value());
                        facts.onWire(story.getStoryId(), story.getVersionSeq());
                    } else if (r.topic().equals(topics.enrichedStories().name())) {
                        WireStory story =
                                enriched.deserialize(r.topic(), r.value()).getStory();
                        facts.onEnriched(story.getStoryId(), story.getVersionSeq());
                    } else if (r.topic().equals(topics.articles().name())) {
                        facts.onArticle(r.key(), articles.deserialize(r.topic(), r.value()), r.offset());
                    } else {
                        deadLetter(r);
                    }
                }
                partitions.forEach(p -> positions.put(p, consumer.position(p)));
            }
        } catch (WakeupException e) {
            log.debug("topic tail woken up to stop");
        } catch (RuntimeException e) {
            failure = e;
            log.error("the topic tail stopped", e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void deadLetter(ConsumerRecord<String, byte[]> r) {
        String description = String.format(
                Locale.ROOT,
                "%s key %s at %s: %s",
                r.topic(),
                r.key(),
                text(r, DeadLetters.STAGE),
                text(r, DeadLetters.REASON));
        log.warn("dead letter: {}", description);
        facts.onDeadLetter(description);
    }

    private static String text(ConsumerRecord<String, byte[]> r, String header) {
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
