package io.kawat.reliability.poison;

import io.kawat.platform.kafka.HeaderText;
import io.kawat.testkit.TopicReader;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Every committed record of a topic, undecoded, with its headers. */
public final class RawRecords {
    private RawRecords() {}

    /** The records in partition order; empty when the topic does not exist yet. */
    public static List<ConsumerRecord<String, byte[]>> readAll(String bootstrapServers, String topic) {
        return TopicReader.readRecords(bootstrapServers, topic, new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** The value of header {@code name} as text, or null. */
    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        return HeaderText.of(record.headers(), name);
    }
}
