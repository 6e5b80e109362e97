package io.kawat.console.internal;

import io.kawat.platform.kafka.KafkaClients;
import io.kawat.schemas.Topic;
import io.kawat.schemas.avro.FeedAction;
import io.kawat.schemas.avro.FeedCommand;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Sends operators' feed commands (pause, resume, poll now) to {@code ingest.commands.v1}, keyed by feed id. */
final class FeedCommands implements AutoCloseable {
    private final KafkaProducer<String, FeedCommand> producer;
    private final Topic<String, FeedCommand> topic;
    private final Clock clock;

    FeedCommands(KafkaClients clients, Topic<String, FeedCommand> topic, String clientId, Clock clock) {
        this.producer = clients.producer(
                clientId + "-feed-commands",
                Map.of(),
                topic.keySerde().serializer(),
                topic.valueSerde().serializer());
        this.topic = topic;
        this.clock = clock;
    }

    /** Sends the command and waits until the broker has it; returns its id. */
    String send(String feedId, FeedAction action, String operator)
            throws InterruptedException, ExecutionException, TimeoutException {
        FeedCommand command = FeedCommand.newBuilder()
                .setFeedId(feedId)
                .setAction(action)
                .setOperator(operator)
                .setIssuedAt(clock.instant())
                .setCommandId(UUID.randomUUID().toString())
                .build();
        producer.send(new ProducerRecord<>(topic.name(), feedId, command)).get(15, TimeUnit.SECONDS);
        return command.getCommandId();
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
