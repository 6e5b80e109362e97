package io.kawat.ingest.internal.door;

import io.kawat.platform.streams.DeadLetters;
import io.kawat.schemas.Topic;
import io.kawat.schemas.avro.FeedAction;
import io.kawat.schemas.avro.FeedCommand;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies operator commands from {@code ingest.commands.v1} (pause, resume, poll now). The topic is read from its
 * beginning on every start, without a consumer group, so a feed paused before a restart stays paused; a poll-now
 * issued before this start is not repeated. A record that does not decode goes to {@code ingest.commands.v1.dlq.v1}
 * with the reason in {@code kawat.dlq.*} headers, once: records dead-lettered before a restart are recognised by
 * their origin headers and not sent again.
 */
public final class CommandListener implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CommandListener.class);
    static final String STAGE = "ingest-commands";

    private final KafkaConsumer<String, byte[]> consumer;
    private final KafkaProducer<String, byte[]> deadLetterProducer;
    private final Topic<String, FeedCommand> topic;
    private final Topic<String, byte[]> deadLetters;
    private final Set<String> deadLettered;
    private final Thread thread;
    private volatile boolean running = true;

    private CommandListener(
            String bootstrapServers,
            Topic<String, FeedCommand> topic,
            Topic<String, byte[]> deadLetters,
            Consumer<FeedCommand> handler) {
        this.topic = topic;
        this.deadLetters = deadLetters;
        this.deadLettered = DeadLetterOrigins.read(bootstrapServers, deadLetters.name(), topic.name());
        this.consumer = new KafkaConsumer<>(
                consumerProperties(bootstrapServers), new StringDeserializer(), new ByteArrayDeserializer());
        Properties producer = new Properties();
        producer.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        this.deadLetterProducer = new KafkaProducer<>(producer, new StringSerializer(), new ByteArraySerializer());
        this.thread = new Thread(() -> loop(handler), "kawat-feed-commands");
        thread.setDaemon(true);
    }

    public static CommandListener start(
            String bootstrapServers,
            Topic<String, FeedCommand> topic,
            Topic<String, byte[]> deadLetters,
            Consumer<FeedCommand> handler) {
        Instant started = Instant.now();
        CommandListener listener = new CommandListener(bootstrapServers, topic, deadLetters, command -> {
            if (command.getAction() != FeedAction.POLL_NOW
                    || !command.getIssuedAt().isBefore(started)) {
                handler.accept(command);
            }
        });
        List<TopicPartition> partitions = listener.consumer.partitionsFor(topic.name(), Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic.name(), p.partition()))
                .toList();
        listener.consumer.assign(partitions);
        listener.consumer.seekToBeginning(partitions);
        listener.thread.start();
        return listener;
    }

    static Properties consumerProperties(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return props;
    }

    private void loop(Consumer<FeedCommand> handler) {
        Deserializer<FeedCommand> values = topic.valueSerde().deserializer();
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    FeedCommand command;
                    try {
                        command = values.deserialize(record.topic(), record.headers(), record.value());
                    } catch (RuntimeException e) {
                        deadLetter(record, e);
                        continue;
                    }
                    handler.accept(command);
                }
            }
        } catch (WakeupException stopping) {
            // close() woke us up
        } finally {
            consumer.close(Duration.ofSeconds(5));
            deadLetterProducer.close(Duration.ofSeconds(5));
        }
    }

    private void deadLetter(ConsumerRecord<String, byte[]> record, RuntimeException e) {
        if (deadLettered.contains(DeadLetterOrigins.origin(record.partition(), record.offset()))) {
            return;
        }
        log.warn(
                "Unreadable command at {}-{}@{} sent to {}: {}",
                record.topic(),
                record.partition(),
                record.offset(),
                deadLetters.name(),
                e.getMessage());
        ProducerRecord<String, byte[]> out = new ProducerRecord<>(deadLetters.name(), record.key(), record.value());
        DeadLetters.describe(out.headers(), e, STAGE, new Origin(record.topic(), record.partition(), record.offset()));
        deadLetterProducer.send(out);
    }

    private record Origin(String topic, int partition, long offset) implements RecordMetadata {}

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
