package io.kawat.schemas.serde.internal;

import io.kawat.schemas.registry.SchemaNotFoundException;
import io.kawat.schemas.registry.SchemaRegistryClient;
import io.kawat.schemas.registry.SchemaRegistryException;
import io.kawat.schemas.registry.internal.AvroCompatibility;
import io.kawat.schemas.serde.CorruptPayloadException;
import io.kawat.schemas.serde.SchemaMismatchException;
import io.kawat.schemas.serde.UnknownSchemaIdException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads the Confluent wire format: the writer schema comes from the registry by the id in the header (cached), and
 * the data is resolved to the reader's schema, so records written with any earlier compatible version decode.
 * Null stays null; anything else decodes to a value or fails with a typed {@link SerializationException}, never
 * null. Thread-safe.
 */
public final class AvroDeserializer<T> implements Deserializer<T> {
    private final SchemaRegistryClient registry;
    private final AvroModel<T> model;
    private final Map<Integer, DatumReader<T>> readers = new ConcurrentHashMap<>();

    public AvroDeserializer(SchemaRegistryClient registry, AvroModel<T> model) {
        this.registry = registry;
        this.model = model;
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        int id = WireFormat.schemaId(topic, data);
        DatumReader<T> reader = readers.get(id);
        if (reader == null) {
            reader = readerFor(topic, id);
            readers.putIfAbsent(id, reader);
        }
        BinaryDecoder decoder = DecoderFactory.get()
                .binaryDecoder(data, WireFormat.HEADER_SIZE, data.length - WireFormat.HEADER_SIZE, null);
        T value;
        try {
            value = reader.read(null, decoder);
        } catch (IOException | RuntimeException e) {
            throw new CorruptPayloadException(
                    "Record on " + topic + " with schema id " + id + " does not decode as Avro: " + e, e);
        }
        if (!isEnd(decoder)) {
            throw new CorruptPayloadException(
                    "Record on " + topic + " with schema id " + id + " has bytes left after the Avro record");
        }
        return value;
    }

    private DatumReader<T> readerFor(String topic, int id) {
        Schema writer;
        try {
            writer = registry.schemaById(id);
        } catch (SchemaNotFoundException e) {
            throw new UnknownSchemaIdException(id, e);
        } catch (SchemaRegistryException e) {
            throw RegistryErrors.map(e, "Schema id " + id + " of a record on " + topic, SerializationException::new);
        }
        List<String> problems = AvroCompatibility.readProblems(
                model.readerSchema(writer), writer, "cannot read " + writer.getFullName() + " as " + model.describe());
        if (!problems.isEmpty()) {
            throw new SchemaMismatchException(id, "Record on " + topic + " with schema id " + id + ": " + problems);
        }
        return model.reader(writer);
    }

    private static boolean isEnd(BinaryDecoder decoder) {
        try {
            return decoder.isEnd();
        } catch (IOException e) {
            throw new CorruptPayloadException("Could not check the end of an Avro record: " + e.getMessage(), e);
        }
    }
}
