package io.kawat.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kawat.schemas.SampleRecords;
import io.kawat.schemas.avro.FeedCommand;
import io.kawat.schemas.avro.WireStory;
import io.kawat.schemas.registry.InMemorySchemaRegistryClient;
import io.kawat.schemas.registry.RegistryClientConfig;
import io.kawat.schemas.registry.RestSchemaRegistryClient;
import java.time.Duration;
import java.util.Arrays;
import org.apache.kafka.common.serialization.Deserializer;
import org.junit.jupiter.api.Test;

class AvroSerdesErrorsTest {
    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
    private final Deserializer<WireStory> stories = AvroSerdes.specific(
                    WireStory.class, registry, SerdeConfig.defaults(), false)
            .deserializer();

    @Test
    void shouldRaiseCorruptPayloadWhenShorterThanTheHeader() {
        assertThatThrownBy(() -> stories.deserialize("t", new byte[] {0, 0, 0}))
                .isInstanceOf(CorruptPayloadException.class)
                .hasMessageContaining("3 byte(s)");
        assertThatThrownBy(() -> stories.deserialize("t", new byte[0]))
                .isInstanceOf(CorruptPayloadException.class)
                .hasMessageContaining("0 byte(s)");
    }

    @Test
    void shouldRaiseCorruptPayloadWhenTheMagicByteIsNotZero() {
        byte[] json = "{\"headline\":\"x\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThatThrownBy(() -> stories.deserialize("t", json))
                .isInstanceOf(CorruptPayloadException.class)
                .hasMessageContaining("0x7b");
    }

    @Test
    void shouldRaiseCorruptPayloadWhenTheAvroBodyIsTruncated() {
        byte[] bytes = serializedStory();

        assertThatThrownBy(() -> stories.deserialize("t", Arrays.copyOf(bytes, bytes.length / 2)))
                .isInstanceOf(CorruptPayloadException.class)
                .hasMessageContaining("does not decode as Avro");
    }

    @Test
    void shouldRaiseCorruptPayloadWhenBytesFollowTheRecord() {
        byte[] bytes = serializedStory();
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 3);

        assertThatThrownBy(() -> stories.deserialize("t", longer))
                .isInstanceOf(CorruptPayloadException.class)
                .hasMessageContaining("bytes left");
    }

    @Test
    void shouldRaiseCorruptPayloadWhenTheBodyIsGarbage() {
        byte[] bytes = serializedStory();
        byte[] garbage = Arrays.copyOf(bytes, bytes.length);
        Arrays.fill(garbage, 5, garbage.length, (byte) 0xFF);

        assertThatThrownBy(() -> stories.deserialize("t", garbage)).isInstanceOf(CorruptPayloadException.class);
    }

    @Test
    void shouldRaiseUnknownSchemaIdWhenTheRegistryDoesNotKnowTheId() {
        byte[] bytes = {0, 0, 0, 0x30, 0x39, 2, 'x'};

        assertThatThrownBy(() -> stories.deserialize("t", bytes))
                .isInstanceOfSatisfying(
                        UnknownSchemaIdException.class,
                        e -> assertThat(e.schemaId()).isEqualTo(12345));
    }

    @Test
    void shouldRaiseSchemaMismatchWhenTheWriterSchemaIsAnotherRecordType() {
        byte[] command = AvroSerdes.specific(FeedCommand.class, registry, SerdeConfig.defaults(), false)
                .serializer()
                .serialize("t", SampleRecords.feedCommand());

        assertThatThrownBy(() -> stories.deserialize("t", command))
                .isInstanceOf(SchemaMismatchException.class)
                .hasMessageContaining("FeedCommand");
    }

    @Test
    void shouldRaiseSchemaRegistrationWhenAutoRegistrationIsOffAndTheSchemaIsMissing() {
        var serializer = AvroSerdes.specific(FeedCommand.class, registry, SerdeConfig.production(), false)
                .serializer();

        assertThatThrownBy(() -> serializer.serialize("commands", SampleRecords.feedCommand()))
                .isInstanceOf(SchemaRegistrationException.class)
                .hasMessageContaining("commands-value")
                .hasMessageContaining("auto-registration is off");
    }

    @Test
    void shouldRaiseRegistryUnavailableWhenTheRegistryDoesNotAnswer() {
        // Port 9 on loopback (discard) has no listener here: the connection is refused at once.
        RegistryClientConfig config =
                RegistryClientConfig.of("http://127.0.0.1:9").withTimeout(Duration.ofMillis(500), 0);
        try (RestSchemaRegistryClient down = new RestSchemaRegistryClient(config)) {
            var deserializer = AvroSerdes.specific(WireStory.class, down, SerdeConfig.defaults(), false)
                    .deserializer();

            assertThatThrownBy(() -> deserializer.deserialize("t", new byte[] {0, 0, 0, 0, 7, 0}))
                    .isInstanceOf(RegistryUnavailableException.class)
                    .hasMessageContaining("Schema id 7");
        }
    }

    private byte[] serializedStory() {
        return AvroSerdes.specific(WireStory.class, registry, SerdeConfig.defaults(), false)
                .serializer()
                .serialize("t", SampleRecords.wireStory());
    }
}
