package io.kawat.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.schemas.SampleRecords;
import io.kawat.schemas.avro.FeedCommand;
import io.kawat.schemas.registry.InMemorySchemaRegistryClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.junit.jupiter.api.Test;

/** The bytes on the wire, taken apart by hand: the Confluent layout, nothing more, nothing less. */
class WireFormatTest {
    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();

    @Test
    void shouldWriteMagicByteBigEndianIdAndAvroBinaryWhenSerializing() throws IOException {
        // Push the id above 255 so that its big-endian bytes are not all zero but one.
        for (int i = 0; i < 300; i++) {
            registry.register("filler-" + i, org.apache.avro.Schema.createFixed("F" + i, null, "x", 1));
        }
        FeedCommand command = SampleRecords.feedCommand();
        byte[] bytes = AvroSerdes.specific(FeedCommand.class, registry, SerdeConfig.defaults(), false)
                .serializer()
                .serialize("ingest.commands.v1", command);
        int id = registry.latestVersion("ingest.commands.v1-value").id();

        assertThat(id).isEqualTo(301);
        assertThat(bytes[0]).as("magic byte").isEqualTo((byte) 0);
        assertThat(bytes[1]).as("id, most significant byte").isEqualTo((byte) 0x00);
        assertThat(bytes[2]).isEqualTo((byte) 0x00);
        assertThat(bytes[3]).isEqualTo((byte) 0x01);
        assertThat(bytes[4]).as("id, least significant byte").isEqualTo((byte) 0x2D);
        assertThat(Arrays.copyOfRange(bytes, 5, bytes.length))
                .as("plain Avro binary")
                .isEqualTo(avroBinary(command));
    }

    @Test
    void shouldEncodeFieldsInSchemaOrderWhenReadByHand() throws IOException {
        FeedCommand command = SampleRecords.feedCommand();
        byte[] bytes = AvroSerdes.specific(FeedCommand.class, registry, SerdeConfig.defaults(), false)
                .serializer()
                .serialize("t", command);

        BinaryDecoder body = DecoderFactory.get().binaryDecoder(bytes, 5, bytes.length - 5, null);

        assertThat(body.readString()).isEqualTo("reuters-world");
        assertThat(body.readEnum()).as("POLL_NOW is symbol 2").isEqualTo(2);
        assertThat(body.readString()).isEqualTo("ayu");
        assertThat(body.readLong()).isEqualTo(command.getIssuedAt().toEpochMilli());
        assertThat(body.readString()).isEqualTo("cmd-0001");
        assertThat(body.isEnd()).isTrue();
    }

    private static byte[] avroBinary(FeedCommand command) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new SpecificDatumWriter<>(FeedCommand.class).write(command, encoder);
        encoder.flush();
        return out.toByteArray();
    }
}
