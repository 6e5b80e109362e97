package io.kawat.console.internal;

import io.kawat.platform.kafka.KafkaClients;
import io.kawat.schemas.Topic;
import io.kawat.schemas.avro.AuditEvent;
import io.kawat.schemas.avro.AuditOutcome;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit trail: every operator action, allowed or not, becomes an {@code AuditEvent} on {@code kawat.audit.v1}
 * (keyed by operator), written before the console answers. Details are the operator's words or an outcome, never a
 * token. It also holds the most recent events read back from the topic, for the page.
 */
final class AuditLog implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    private static final int RECENT = 100;

    private final KafkaProducer<String, AuditEvent> producer;
    private final Topic<String, AuditEvent> topic;
    private final String recordedBy;
    private final Clock clock;
    private final Deque<AuditEvent> recent = new ArrayDeque<>();
    private final List<Consumer<Map<String, Object>>> listeners = new CopyOnWriteArrayList<>();

    AuditLog(KafkaClients clients, Topic<String, AuditEvent> topic, String recordedBy, Clock clock) {
        this.producer = clients.producer(
                recordedBy + "-audit",
                Map.of(),
                topic.keySerde().serializer(),
                topic.valueSerde().serializer());
        this.topic = topic;
        this.recordedBy = recordedBy;
        this.clock = clock;
    }

    void addListener(Consumer<Map<String, Object>> listener) {
        listeners.add(listener);
    }

    /** Writes one event and waits for the broker; false (and an error in the log) when it could not be written. */
    boolean record(String operator, String action, String target, AuditOutcome outcome, String detail) {
        AuditEvent event = AuditEvent.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setOperator(operator)
                .setAction(action)
                .setTarget(target == null ? "" : target)
                .setOutcome(outcome)
                .setDetail(detail)
                .setOccurredAt(clock.instant())
                .setRecordedBy(recordedBy)
                .build();
        try {
            producer.send(new ProducerRecord<>(topic.name(), operator, event)).get(15, TimeUnit.SECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.error("Audit of {} {} {} by {} interrupted", action, target, outcome, operator);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            log.error(
                    "Could not write the audit of {} {} {} by {}: {}", action, target, outcome, operator, e.toString());
        }
        return false;
    }

    /** Takes an event read back from the topic. */
    void apply(AuditEvent event) {
        synchronized (this) {
            recent.addFirst(event);
            if (recent.size() > RECENT) {
                recent.removeLast();
            }
        }
        Map<String, Object> view = view(event);
        listeners.forEach(l -> l.accept(view));
    }

    /** The most recent events, newest first. */
    synchronized List<Map<String, Object>> recent() {
        List<Map<String, Object>> out = new ArrayList<>();
        recent.forEach(e -> out.add(view(e)));
        return out;
    }

    static Map<String, Object> view(AuditEvent e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("occurredAt", e.getOccurredAt().toString());
        json.put("operator", e.getOperator());
        json.put("action", e.getAction());
        json.put("target", e.getTarget());
        json.put("outcome", e.getOutcome().name());
        json.put("detail", e.getDetail());
        return json;
    }

    @Override
    public void close() {
        producer.close(java.time.Duration.ofSeconds(5));
    }
}
