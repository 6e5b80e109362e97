package io.kawat.platform.streams;

import io.kawat.schemas.Topic;
import io.kawat.schemas.serde.RegistryUnavailableException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Poison pills go to a dead-letter topic with the reason in headers; the topology keeps going. Input topics are read
 * as bytes and decoded here, so that an undecodable record or an unknown schema id is routed, never fatal.
 */
public final class DeadLetters {
    public static final String REASON = "kawat.dlq.reason";
    public static final String ERROR_CLASS = "kawat.dlq.error-class";
    public static final String STAGE = "kawat.dlq.stage";
    public static final String SOURCE_TOPIC = "kawat.dlq.topic";
    public static final String SOURCE_PARTITION = "kawat.dlq.partition";
    public static final String SOURCE_OFFSET = "kawat.dlq.offset";

    private DeadLetters() {}

    /** Reads {@code topic}, decodes its values, and sends what does not decode to {@code deadLetters}. */
    public static <V> KStream<String, V> decodeOrDeadLetter(
            StreamsBuilder builder, Topic<String, V> topic, Topic<String, byte[]> deadLetters, String stage) {
        KStream<String, byte[]> raw = builder.stream(
                topic.name(), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName(stage + "-source"));
        Deserializer<V> deserializer = topic.valueSerde().deserializer();
        KStream<String, Outcome<V>> decoded =
                raw.processValues(() -> new Decoder<>(topic.name(), deserializer, stage), Named.as(stage + "-decode"));
        return routeFailures(decoded, deadLetters, stage + "-decode");
    }

    /** Keeps successful outcomes and sends failures (with their headers) to {@code deadLetters}. */
    public static <V> KStream<String, V> routeFailures(
            KStream<String, Outcome<V>> outcomes, Topic<String, byte[]> deadLetters, String name) {
        Map<String, KStream<String, Outcome<V>>> branches = outcomes.split(Named.as(name + "-"))
                .branch((key, outcome) -> outcome.failed(), Branched.as("failed"))
                .defaultBranch(Branched.as("ok"));
        branches.get(name + "-failed")
                .mapValues(Outcome::raw, Named.as(name + "-raw"))
                .to(
                        deadLetters.name(),
                        Produced.with(Serdes.String(), Serdes.ByteArray()).withName(name + "-dlq"));
        return branches.get(name + "-ok").mapValues(Outcome::value, Named.as(name + "-value"));
    }

    /** Adds the reason and the record's origin to {@code headers}. */
    public static void describe(Headers headers, Throwable error, String stage, RecordMetadata origin) {
        String reason = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        headers.add(REASON, utf8(reason));
        headers.add(ERROR_CLASS, utf8(error.getClass().getName()));
        headers.add(STAGE, utf8(stage));
        if (origin != null) {
            headers.add(SOURCE_TOPIC, utf8(origin.topic()));
            headers.add(SOURCE_PARTITION, utf8(String.valueOf(origin.partition())));
            headers.add(SOURCE_OFFSET, utf8(String.valueOf(origin.offset())));
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static final class Decoder<V> implements FixedKeyProcessor<String, byte[], Outcome<V>> {
        private final String topic;
        private final Deserializer<V> deserializer;
        private final String stage;
        private FixedKeyProcessorContext<String, Outcome<V>> context;

        Decoder(String topic, Deserializer<V> deserializer, String stage) {
            this.topic = topic;
            this.deserializer = deserializer;
            this.stage = stage;
        }

        @Override
        public void init(FixedKeyProcessorContext<String, Outcome<V>> context) {
            this.context = context;
        }

        @Override
        public void process(FixedKeyRecord<String, byte[]> record) {
            try {
                if (record.value() == null) {
                    throw new IllegalArgumentException("null value (tombstone) on a topic that carries no deletes");
                }
                V value = deserializer.deserialize(topic, record.headers(), record.value());
                context.forward(record.withValue(Outcome.ok(value)));
            } catch (RegistryUnavailableException e) {
                throw e; // not the record's fault: fail the thread, which is replaced and retries the record
            } catch (RuntimeException e) {
                describe(record.headers(), e, stage, context.recordMetadata().orElse(null));
                context.forward(record.withValue(Outcome.failed(record.value(), e)));
            }
        }
    }
}
