package io.kawat.bench.load;

import io.kawat.bench.gen.StoryVersion;
import io.kawat.bench.gen.WireDocument;
import io.kawat.ingest.WireDocuments;
import io.kawat.platform.kafka.KafkaClients;
import io.kawat.schemas.Topic;
import io.kawat.schemas.avro.Signal;
import io.kawat.schemas.avro.WireStory;
import io.kawat.schemas.avro.ZonedTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Produces story versions straight to {@code wire.stories.v1}, bypassing ingest's doors: the documents are parsed
 * here with ingest's own parsers beforehand, numbered as ingest's version gate would number them, and each document
 * goes in one transaction with {@code receivedAt} set at sending time, as ingest does.
 */
final class DirectSender implements AutoCloseable {

    private final KafkaProducer<String, WireStory> producer;
    private final Topic<String, WireStory> topic;
    private final SendStats stats;

    DirectSender(String bootstrapServers, Topic<String, WireStory> topic, String transactionalId, SendStats stats) {
        this.topic = topic;
        this.stats = stats;
        producer = KafkaClients.of(bootstrapServers)
                .transactionalProducer(
                        transactionalId,
                        new StringSerializer(),
                        topic.valueSerde().serializer());
        producer.initTransactions();
    }

    /** The records ingest would write for a document, without receive time yet. */
    static List<WireStory> prepare(WireDocument doc, WireDocuments parsers) {
        WireDocuments.Origin origin = new WireDocuments.Origin(
                doc.source().id(),
                doc.source().name(),
                "bench:direct",
                doc.source().language());
        List<WireStory> parsed;
        try {
            parsed = parsers.stories(doc.body(), doc.contentType(), origin);
        } catch (WireDocuments.UnreadableDocumentException e) {
            throw new IllegalStateException("a generated document does not parse: " + e.getMessage(), e);
        }
        if (parsed.size() != doc.versions().size()) {
            throw new IllegalStateException("a generated document lost items: " + parsed.size() + " of "
                    + doc.versions().size());
        }
        List<WireStory> out = new ArrayList<>(parsed.size());
        for (int i = 0; i < parsed.size(); i++) {
            StoryVersion v = doc.versions().get(i);
            WireStory story = WireStory.newBuilder(parsed.get(i))
                    .setVersionSeq(v.version())
                    .build();
            if (v.kind() == StoryVersion.Kind.UPDATE && story.getSignals().isEmpty()) {
                story.setSignals(List.of(Signal.UPDATE));
            }
            out.add(story);
        }
        return out;
    }

    /** Sends one document's records in one transaction, stamped with the time of sending. */
    void send(List<WireStory> batch, int size) {
        stats.sending();
        Instant now = Instant.now();
        ZonedTime received = ZonedTime.newBuilder()
                .setEpochMillis(now)
                .setOriginal(now.toString())
                .build();
        producer.beginTransaction();
        for (WireStory story : batch) {
            story.setReceivedAt(received);
            producer.send(new ProducerRecord<>(topic.name(), null, now.toEpochMilli(), story.getStoryId(), story));
        }
        producer.commitTransaction();
        stats.sent(batch.size(), batch.size(), 0, 0, size);
    }

    @Override
    public void close() {
        producer.close(java.time.Duration.ofSeconds(10));
    }
}
