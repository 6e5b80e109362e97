package io.kawat.publish.internal.api;

import io.kawat.platform.kafka.KafkaClients;
import io.kawat.schemas.Topic;
import io.kawat.schemas.avro.ArticleCommand;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Puts operator commands on {@code publish.commands.v1}, keyed by article uri, and waits until the broker has them
 * (idempotent, acks=all): a 202 means the command is durable and will be applied.
 */
public final class CommandPublisher implements AutoCloseable {
    private final KafkaProducer<String, ArticleCommand> producer;
    private final String topic;

    private CommandPublisher(KafkaProducer<String, ArticleCommand> producer, String topic) {
        this.producer = producer;
        this.topic = topic;
    }

    public static CommandPublisher create(KafkaClients clients, Topic<String, ArticleCommand> topic) {
        return new CommandPublisher(
                clients.producer(
                        null,
                        Map.of(
                                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000,
                                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000),
                        topic.keySerde().serializer(),
                        topic.valueSerde().serializer()),
                topic.name());
    }

    /** Sends the command and waits for the acknowledgement; throws {@link IllegalStateException} when it failed. */
    public void send(ArticleCommand command) throws InterruptedException {
        try {
            producer.send(new ProducerRecord<>(topic, command.getUri(), command))
                    .get(20, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw new IllegalStateException(
                    "command " + command.getCommandId() + " not queued on " + topic + ": " + e, e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
