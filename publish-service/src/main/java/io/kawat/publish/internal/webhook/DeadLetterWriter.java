package io.kawat.publish.internal.webhook;

import io.kawat.platform.streams.DeadLetters;
import io.kawat.schemas.Topic;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes events a subscriber did not take to the dead-letter topic of {@code news.articles.v1}: the original key and
 * bytes, the {@code kawat.dlq.*} headers (reason, stage {@code webhook}, origin) plus the subscriber, the attempts
 * and the event id. Waits for the broker's acknowledgement, so the caller commits past the record only afterwards.
 */
final class DeadLetterWriter {
    static final String SUBSCRIBER = "kawat.dlq.subscriber";
    static final String ATTEMPTS = "kawat.dlq.attempts";
    static final String EVENT_ID = "kawat.dlq.event-id";
    static final String STAGE = "webhook";
    private static final Logger log = LoggerFactory.getLogger(DeadLetterWriter.class);

    private final Producer<String, byte[]> producer;
    private final Topic<String, byte[]> topic;
    private final java.util.function.Function<String, WebhookMetrics> metrics;

    DeadLetterWriter(
            Producer<String, byte[]> producer,
            Topic<String, byte[]> topic,
            java.util.function.Function<String, WebhookMetrics> metrics) {
        this.producer = producer;
        this.topic = topic;
        this.metrics = metrics;
    }

    void write(String subscriberId, ConsumerRecord<String, byte[]> record, String eventId, String reason, int attempts)
            throws InterruptedException {
        ProducerRecord<String, byte[]> letter = new ProducerRecord<>(topic.name(), null, record.key(), record.value());
        Headers headers = letter.headers();
        add(headers, DeadLetters.REASON, reason);
        add(headers, DeadLetters.STAGE, STAGE);
        add(headers, DeadLetters.SOURCE_TOPIC, record.topic());
        add(headers, DeadLetters.SOURCE_PARTITION, String.valueOf(record.partition()));
        add(headers, DeadLetters.SOURCE_OFFSET, String.valueOf(record.offset()));
        add(headers, SUBSCRIBER, subscriberId);
        add(headers, ATTEMPTS, String.valueOf(attempts));
        if (eventId != null) {
            add(headers, EVENT_ID, eventId);
        }
        try {
            producer.send(letter).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not write the dead letter to " + topic.name() + ": " + e, e);
        }
        metrics.apply(subscriberId).deadLettered();
        log.warn(
                "Webhook {} gave up on {} ({}-{} offset {}) after {} attempt(s): {}; dead-lettered to {}",
                subscriberId,
                eventId == null ? record.key() : eventId,
                record.topic(),
                record.partition(),
                record.offset(),
                attempts,
                reason,
                topic.name());
    }

    private static void add(Headers headers, String key, String value) {
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    }
}
