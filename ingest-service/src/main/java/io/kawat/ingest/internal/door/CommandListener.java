package io.kawat.ingest.internal.door;

import io.kawat.schemas.Topic;
import io.kawat.schemas.avro.FeedAction;
import io.kawat.schemas.avro.FeedCommand;
import java.time.Instant;
import org.apache.kafka.common.TopicPartition;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies operator commands from {@code ingest.commands.v1} (pause, resume, poll now). The topic is read from its
 * beginning on every start, without a consumer group, so a feed paused before a restart stays paused; a poll-now
 * issued before this start is not repeated.
 */
public final class CommandListener implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CommandListener.class);

    private final KafkaConsumer<String, FeedCommand> consumer;
    private final Thread thread;
    private volatile boolean running = true;

    private CommandListener(KafkaConsumer<String, FeedCommand> consumer, Consumer<FeedCommand> handler) {
        this.consumer = consumer;
        this.thread = new Thread(() -> loop(handler), "kawat-feed-commands");
        thread.setDaemon(true);
    }

    public static CommandListener start(String bootstrapServers, Topic<String, FeedCommand> topic,
                                        Consumer<FeedCommand> handler) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        KafkaConsumer<String, FeedCommand> consumer = new KafkaConsumer<>(props, topic.keySerde().deserializer(),
                topic.valueSerde().deserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic.name(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Instant started = Instant.now();
        CommandListener listener = new CommandListener(consumer, command -> {
            if (command.getAction() != FeedAction.POLL_NOW || !command.getIssuedAt().isBefore(started)) {
                handler.accept(command);
            }
        });
        listener.thread.start();
        return listener;
    }

    private void loop(Consumer<FeedCommand> handler) {
        try {
            while (running) {
                try {
                    for (ConsumerRecord<String, FeedCommand> record : consumer.poll(Duration.ofMillis(500))) {
                        handler.accept(record.value());
                    }
                } catch (SerializationException e) {
                    log.warn("Skipped an unreadable command: {}", e.getMessage());
                    skipPoisonRecord(e);
                }
            }
        } catch (WakeupException stopping) {
            // close() woke us up
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void skipPoisonRecord(SerializationException e) {
        if (e instanceof org.apache.kafka.common.errors.RecordDeserializationException rde) {
            consumer.seek(rde.topicPartition(), rde.offset() + 1);
        }
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
