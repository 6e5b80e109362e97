package io.kawat.platform.streams;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Plain Avro binary for a topology's own state stores and repartition topics, which only the same application
 * writes and reads: no registry round trip, no subjects registered for internal topics. Public topics always use
 * the registry serdes of the topic registry.
 */
public final class InternalAvroSerde {
    private InternalAvroSerde() {}

    public static <T extends SpecificRecord> Serde<T> of(Class<T> type) {
        Schema schema = SpecificData.get().getSchema(type);
        SpecificDatumWriter<T> writer = new SpecificDatumWriter<>(schema);
        SpecificDatumReader<T> reader = new SpecificDatumReader<>(schema);
        Serializer<T> serializer = (topic, value) -> value == null ? null : write(writer, value);
        Deserializer<T> deserializer = (topic, bytes) -> bytes == null ? null : read(reader, bytes, type);
        return Serdes.serdeFrom(serializer, deserializer);
    }

    private static <T> byte[] write(SpecificDatumWriter<T> writer, T value) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
            writer.write(value, encoder);
            encoder.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new SerializationException(
                    "Could not write " + value.getClass().getSimpleName(), e);
        }
    }

    private static <T> T read(SpecificDatumReader<T> reader, byte[] bytes, Class<T> type) {
        try {
            BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(bytes, null);
            return reader.read(null, decoder);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Could not read internal " + type.getSimpleName() + " record", e);
        }
    }
}
