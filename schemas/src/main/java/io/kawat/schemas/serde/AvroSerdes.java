package io.kawat.schemas.serde;

import io.kawat.schemas.registry.SchemaRegistryClient;
import io.kawat.schemas.serde.internal.AvroDeserializer;
import io.kawat.schemas.serde.internal.AvroModel;
import io.kawat.schemas.serde.internal.AvroSerializer;
import java.util.Objects;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Avro serdes in the Confluent wire format (magic byte 0, 4-byte big-endian schema id, Avro binary), interchangeable
 * with Confluent's {@code KafkaAvroSerializer}/{@code KafkaAvroDeserializer}. Serdes are thread-safe and hold no
 * resources of their own: closing one leaves the registry client open.
 *
 * <p>Errors are {@link org.apache.kafka.common.errors.SerializationException}s: {@link CorruptPayloadException},
 * {@link UnknownSchemaIdException}, {@link SchemaMismatchException}, {@link SchemaRegistrationException} and
 * {@link RegistryUnavailableException} (the only one that is not the record's fault).
 */
public final class AvroSerdes {
    private AvroSerdes() {}

    /** A serde of a generated class; records written with earlier compatible schemas are read into the class. */
    public static <T extends SpecificRecord> Serde<T> specific(
            Class<T> type, SchemaRegistryClient client, SerdeConfig config, boolean isKey) {
        Objects.requireNonNull(type, "type");
        return serde(AvroModel.specific(type), client, config, isKey);
    }

    /** A serde of generic records, each read with its writer's schema. */
    public static Serde<GenericRecord> generic(SchemaRegistryClient client, SerdeConfig config, boolean isKey) {
        return serde(AvroModel.generic(), client, config, isKey);
    }

    private static <T> Serde<T> serde(
            AvroModel<T> model, SchemaRegistryClient client, SerdeConfig config, boolean isKey) {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(config, "config");
        return Serdes.serdeFrom(
                new AvroSerializer<>(client, config, isKey, model), new AvroDeserializer<>(client, model));
    }
}
