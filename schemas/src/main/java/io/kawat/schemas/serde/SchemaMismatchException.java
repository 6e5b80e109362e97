package io.kawat.schemas.serde;

import org.apache.kafka.common.errors.SerializationException;

/**
 * The record's writer schema cannot be resolved to the reader's schema: it was written with a schema that is not
 * compatible with the type being read (another record type, or a change that broke compatibility).
 */
public class SchemaMismatchException extends SerializationException {
    private final int schemaId;

    public SchemaMismatchException(int schemaId, String message) {
        super(message);
        this.schemaId = schemaId;
    }

    /** The writer schema's id from the record header. */
    public int schemaId() {
        return schemaId;
    }
}
