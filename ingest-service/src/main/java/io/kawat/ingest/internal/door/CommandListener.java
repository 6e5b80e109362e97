package io.kawat.ingest.internal.door;

import io.kawat.platform.kafka.KafkaClients;
import io.kawat.platform.kafka.TopicFollower;
import io.kawat.platform.lifecycle.RestartingLoop;
import io.kawat.platform.streams.DeadLetters;
import io.kawat.schemas.Topic;
import io.kawat.schemas.avro.FeedAction;
import io.kawat.schemas.avro.FeedCommand;
import io.kawat.schemas.serde.RegistryUnavailableException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
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
 * their origin headers and not sent again. A valid command is never dead-lettered for a reason that is not its own:
 * while the registry (or the broker) is unreachable the listener is down ({@link #isUp()}) and reads the same record
 * again after a backoff.
 */
public final class CommandListener implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CommandListener.class);
    static final String STAGE = "ingest-commands";

    private final Producer<String, byte[]> deadLetterProducer;
    private final Deserializer<FeedCommand> values;
    private final Topic<String, byte[]> deadLetters;
    private final Set<String> deadLettered;
    private final Consumer<FeedCommand> handler;
    private final TopicFollower<String, byte[]> follower;

    CommandListener(
            Topic<String, FeedCommand> topic,
            Topic<String, byte[]> deadLetters,
            Set<String> deadLettered,
            Supplier<? extends org.apache.kafka.clients.consumer.Consumer<String, byte[]>> consumers,
            Producer<String, byte[]> deadLetterProducer,
            Consumer<FeedCommand> handler,
            Duration initialBackoff) {
        this.values = topic.valueSerde().deserializer();
        this.deadLetters = deadLetters;
        this.deadLettered = deadLettered;
        this.deadLetterProducer = deadLetterProducer;
        this.handler = handler;
        this.follower = new TopicFollower<>(
                "kawat-feed-commands",
                List.of(topic.name()),
                consumers,
                this::handle,
                initialBackoff,
                RestartingLoop.MAX_BACKOFF);
    }

    /** Reads which records were dead-lettered already, then follows the topic on its own thread. */
    public static CommandListener start(
            KafkaClients clients,
            Topic<String, FeedCommand> topic,
            Topic<String, byte[]> deadLetters,
            Consumer<FeedCommand> handler) {
        Instant started = Instant.now();
        Set<String> deadLettered = DeadLetterOrigins.read(clients, deadLetters.name(), topic.name());
        CommandListener listener = new CommandListener(
                topic,
                deadLetters,
                deadLettered,
                () -> clients.consumer(null, Map.of(), new StringDeserializer(), new ByteArrayDeserializer()),
                clients.producer(null, Map.of(), new StringSerializer(), new ByteArraySerializer()),
                command -> {
                    if (command.getAction() != FeedAction.POLL_NOW
                            || !command.getIssuedAt().isBefore(started)) {
                        handler.accept(command);
                    }
                },
                RestartingLoop.INITIAL_BACKOFF);
        listener.follower.start();
        return listener;
    }

    /** Starts following (for tests that build the listener with their own clients). */
    CommandListener startFollowing() {
        follower.start();
        return this;
    }

    /** True while commands are read; false while the registry or the broker is unreachable. */
    public boolean isUp() {
        return follower.isUp();
    }

    /** How many times reading stopped on an error (and started again after a backoff). */
    long failures() {
        return follower.failures();
    }

    private void handle(ConsumerRecord<String, byte[]> record) throws Exception {
        FeedCommand command;
        try {
            command = values.deserialize(record.topic(), record.headers(), record.value());
        } catch (RegistryUnavailableException e) {
            throw e; // not the record's fault: read it again after a backoff
        } catch (RuntimeException e) {
            deadLetter(record, e);
            return;
        }
        handler.accept(command);
    }

    private void deadLetter(ConsumerRecord<String, byte[]> record, RuntimeException e) throws Exception {
        String origin = DeadLetterOrigins.origin(record.partition(), record.offset());
        if (deadLettered.contains(origin)) {
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
        deadLetterProducer.send(out).get(30, TimeUnit.SECONDS);
        deadLettered.add(origin);
    }

    private record Origin(String topic, int partition, long offset) implements RecordMetadata {}

    @Override
    public void close() {
        follower.close();
        deadLetterProducer.close(Duration.ofSeconds(5));
    }
}
