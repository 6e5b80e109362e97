package io.kawat.platform.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.schemas.Topic;
import io.kawat.schemas.TopicSpec;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

class DeadLettersTest {
    /** A value serde that refuses any text starting with "!" as a stand-in for an undecodable payload. */
    private static final Serde<String> STRICT = Serdes.serdeFrom(
            (Serializer<String>) (t, v) -> v.getBytes(StandardCharsets.UTF_8), (Deserializer<String>) (t, b) -> {
                String s = new String(b, StandardCharsets.UTF_8);
                if (s.startsWith("!")) {
                    throw new org.apache.kafka.common.errors.SerializationException("bad magic byte 0x21");
                }
                return s;
            });

    @Test
    void shouldRouteUndecodableRecordsToTheDeadLetterTopicAndKeepTheOthers() {
        Topic<String, String> in = new Topic<>("in", Serdes.String(), STRICT, new TopicSpec(1, false, null));
        Topic<String, byte[]> dlq =
                new Topic<>("in.dlq.v1", Serdes.String(), Serdes.ByteArray(), new TopicSpec(1, false, null));
        StreamsBuilder builder = new StreamsBuilder();
        DeadLetters.decodeOrDeadLetter(builder, in, dlq, "test")
                .mapValues(v -> v.toUpperCase(java.util.Locale.ROOT))
                .to("out", org.apache.kafka.streams.kstream.Produced.with(Serdes.String(), Serdes.String()));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "dlq-test");
        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props)) {
            TestInputTopic<String, String> input = driver.createInputTopic(
                    "in", Serdes.String().serializer(), Serdes.String().serializer());
            TestOutputTopic<String, String> out = driver.createOutputTopic(
                    "out", Serdes.String().deserializer(), Serdes.String().deserializer());
            TestOutputTopic<String, byte[]> dead = driver.createOutputTopic(
                    "in.dlq.v1",
                    Serdes.String().deserializer(),
                    Serdes.ByteArray().deserializer());

            input.pipeInput("a", "good");
            input.pipeInput("b", "!poison");
            input.pipeInput("c", "also good");

            assertThat(out.readKeyValuesToList())
                    .extracting(kv -> kv.key + "=" + kv.value)
                    .containsExactly("a=GOOD", "c=ALSO GOOD");
            TestRecord<String, byte[]> letter = dead.readRecord();
            assertThat(letter.key()).isEqualTo("b");
            assertThat(new String(letter.value(), StandardCharsets.UTF_8)).isEqualTo("!poison");
            assertThat(header(letter, DeadLetters.REASON)).isEqualTo("bad magic byte 0x21");
            assertThat(header(letter, DeadLetters.SOURCE_TOPIC)).isEqualTo("in");
            assertThat(header(letter, DeadLetters.STAGE)).isEqualTo("test");
            assertThat(dead.isEmpty()).isTrue();
        }
    }

    private static String header(TestRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
