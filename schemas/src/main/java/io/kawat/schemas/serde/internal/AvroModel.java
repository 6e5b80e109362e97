package io.kawat.schemas.serde.internal;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;

/**
 * Which Avro object model a serde reads and writes: generated (specific) classes, resolved to the class's schema,
 * or generic records, read with the writer's own schema.
 */
public interface AvroModel<T> {

    /** The schema this value is written with. */
    Schema writerSchema(T value);

    /** The schema values are read into, given the schema they were written with. */
    Schema readerSchema(Schema writerSchema);

    /** A writer of values with this schema. */
    DatumWriter<T> writer(Schema schema);

    /** A reader of data written with {@code writerSchema}, resolved to {@link #readerSchema}. */
    DatumReader<T> reader(Schema writerSchema);

    /** The type read, for messages. */
    String describe();

    /**
     * Generated classes; their logical-type conversions (timestamps as {@code Instant}) come from the class, and
     * arrays are read as lists (see {@link ListSpecificData}).
     */
    static <T extends SpecificRecord> AvroModel<T> specific(Class<T> type) {
        SpecificData data = ListSpecificData.forClass(type);
        Schema classSchema = data.getSchema(type);
        return new AvroModel<>() {
            @Override
            public Schema writerSchema(T value) {
                return value.getSchema();
            }

            @Override
            public Schema readerSchema(Schema writerSchema) {
                return classSchema;
            }

            @Override
            public DatumWriter<T> writer(Schema schema) {
                return new SpecificDatumWriter<>(schema, data);
            }

            @Override
            public DatumReader<T> reader(Schema writerSchema) {
                return new SpecificDatumReader<>(writerSchema, classSchema, data);
            }

            @Override
            public String describe() {
                return type.getName();
            }
        };
    }

    /** Generic records. */
    static AvroModel<GenericRecord> generic() {
        GenericData data = GenericData.get();
        return new AvroModel<>() {
            @Override
            public Schema writerSchema(GenericRecord value) {
                return value.getSchema();
            }

            @Override
            public Schema readerSchema(Schema writerSchema) {
                return writerSchema;
            }

            @Override
            public DatumWriter<GenericRecord> writer(Schema schema) {
                return new GenericDatumWriter<>(schema, data);
            }

            @Override
            public DatumReader<GenericRecord> reader(Schema writerSchema) {
                return new GenericDatumReader<>(writerSchema, writerSchema, data);
            }

            @Override
            public String describe() {
                return "generic record";
            }
        };
    }
}
