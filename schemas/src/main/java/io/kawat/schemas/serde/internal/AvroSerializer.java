package io.kawat.schemas.serde.internal;

import io.kawat.schemas.registry.SchemaNotFoundException;
import io.kawat.schemas.registry.SchemaRegistryClient;
import io.kawat.schemas.registry.SchemaRegistryException;
import io.kawat.schemas.registry.SubjectNotFoundException;
import io.kawat.schemas.serde.SchemaRegistrationException;
import io.kawat.schemas.serde.SerdeConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes values in the Confluent wire format, registering (or, with auto-registration off, looking up) the value's
 * schema under the configured subject. Null stays null (a tombstone). Thread-safe; closing it does not close the
 * registry client, which is shared.
 */
public final class AvroSerializer<T> implements Serializer<T> {
    private final SchemaRegistryClient registry;
    private final SerdeConfig config;
    private final boolean isKey;
    private final AvroModel<T> model;
    private final Map<TopicSchema, Integer> ids = new ConcurrentHashMap<>();
    private final Map<Schema, DatumWriter<T>> writers = new ConcurrentHashMap<>();

    public AvroSerializer(SchemaRegistryClient registry, SerdeConfig config, boolean isKey, AvroModel<T> model) {
        this.registry = registry;
        this.config = config;
        this.isKey = isKey;
        this.model = model;
    }

    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        Schema schema = model.writerSchema(data);
        int id = schemaId(topic, schema);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        ByteBuffer header = ByteBuffer.allocate(WireFormat.HEADER_SIZE);
        WireFormat.writeHeader(header, id);
        out.writeBytes(header.array());
        try {
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
            writers.computeIfAbsent(schema, model::writer).write(data, encoder);
            encoder.flush();
        } catch (IOException | RuntimeException e) {
            throw new SerializationException(
                    "Could not encode " + schema.getFullName() + " for topic " + topic + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private int schemaId(String topic, Schema schema) {
        TopicSchema key = new TopicSchema(topic, schema);
        Integer cached = ids.get(key);
        if (cached != null) {
            return cached;
        }
        int id = fetchSchemaId(topic, schema);
        ids.putIfAbsent(key, id);
        return id;
    }

    private int fetchSchemaId(String topic, Schema schema) {
        String subject = config.strategy().subject(topic, isKey, schema);
        String what = "Schema " + schema.getFullName() + " under subject " + subject;
        try {
            return config.autoRegister()
                    ? registry.register(subject, schema)
                    : registry.lookup(subject, schema).id();
        } catch (SubjectNotFoundException | SchemaNotFoundException e) {
            throw new SchemaRegistrationException(
                    what + " is not registered and auto-registration is off: " + e.getMessage(), e);
        } catch (SchemaRegistryException e) {
            throw RegistryErrors.map(e, what, SchemaRegistrationException::new);
        }
    }

    /** The registry answer depends on the subject, which the topic (and the schema) decide. */
    private record TopicSchema(String topic, Schema schema) {}
}
