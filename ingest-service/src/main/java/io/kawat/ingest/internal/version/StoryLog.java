package io.kawat.ingest.internal.version;

import io.kawat.platform.kafka.KafkaClients;
import io.kawat.schemas.Topic;
import io.kawat.schemas.avro.FeedStatus;
import io.kawat.schemas.avro.WireStory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Appends story versions to {@code wire.stories.v1} exactly once per version. One transaction per document holds its
 * new versions and their seen-state records, so a crash mid-document leaves nothing half-written and a restart
 * re-emits exactly what was not committed. Record timestamps are receive time (Kafka 4 refuses far-future ones).
 */
public final class StoryLog implements AutoCloseable {
    private final KafkaProducer<String, Object> producer;
    private final Topic<String, WireStory> stories;
    private final Topic<String, String> seenTopic;
    private final Topic<String, FeedStatus> statusTopic;
    private final Map<String, SeenState> seen;

    public StoryLog(
            KafkaClients clients,
            String transactionalId,
            Topic<String, WireStory> stories,
            Topic<String, String> seenTopic,
            Topic<String, FeedStatus> statusTopic,
            Map<String, SeenState> seen) {
        this.stories = stories;
        this.seenTopic = seenTopic;
        this.statusTopic = statusTopic;
        this.seen = seen;
        this.producer = clients.transactionalProducer(transactionalId, new StringSerializer(), new RoutingSerializer());
        producer.initTransactions();
    }

    /** Decides every parsed story against the seen state and emits the new versions in one transaction. */
    public synchronized List<VersionGate.Decision> append(List<WireStory> parsed) {
        List<VersionGate.Decision> decisions = new ArrayList<>();
        Map<String, SeenState> pending = new java.util.LinkedHashMap<>();
        for (WireStory story : parsed) {
            SeenState last = pending.getOrDefault(story.getStoryId(), seen.get(story.getStoryId()));
            VersionGate.Decision decision = VersionGate.decide(story, last);
            decisions.add(decision);
            if (decision.emits()) {
                pending.put(story.getStoryId(), decision.next());
            }
        }
        if (pending.isEmpty()) {
            return decisions;
        }
        producer.beginTransaction();
        try {
            for (VersionGate.Decision decision : decisions) {
                if (decision.emits()) {
                    WireStory story = decision.story();
                    producer.send(new ProducerRecord<>(
                            stories.name(),
                            null,
                            story.getReceivedAt().getEpochMillis().toEpochMilli(),
                            story.getStoryId(),
                            new Routed(stories, story)));
                }
            }
            pending.forEach((id, state) ->
                    producer.send(new ProducerRecord<>(seenTopic.name(), id, new Routed(seenTopic, state.toJson()))));
            producer.commitTransaction();
        } catch (KafkaException e) {
            abortQuietly(e);
            throw e;
        }
        seen.putAll(pending);
        return decisions;
    }

    /** Publishes a feed's health to the compacted status topic. */
    public synchronized void publishStatus(FeedStatus status) {
        producer.beginTransaction();
        try {
            producer.send(
                    new ProducerRecord<>(statusTopic.name(), status.getFeedId(), new Routed(statusTopic, status)));
            producer.commitTransaction();
        } catch (KafkaException e) {
            abortQuietly(e);
            throw e;
        }
    }

    @Override
    public void close() {
        producer.close(java.time.Duration.ofSeconds(10));
    }

    private void abortQuietly(KafkaException cause) {
        try {
            producer.abortTransaction();
        } catch (KafkaException e) {
            cause.addSuppressed(e);
        }
    }

    /** A value and the topic whose serde writes it: one producer serves topics with different value types. */
    private record Routed(Topic<String, ?> topic, Object value) {}

    private static final class RoutingSerializer implements org.apache.kafka.common.serialization.Serializer<Object> {
        @Override
        @SuppressWarnings("unchecked")
        public byte[] serialize(String topicName, Object data) {
            Routed routed = (Routed) data;
            return ((org.apache.kafka.common.serialization.Serializer<Object>)
                            routed.topic().valueSerde().serializer())
                    .serialize(topicName, routed.value());
        }
    }
}
