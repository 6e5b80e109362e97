package io.kawat.schemas.serde;

import org.apache.kafka.common.errors.SerializationException;

/** The record names a schema id the registry does not have (written against another registry, or deleted). */
public class UnknownSchemaIdException extends SerializationException {
    private final int schemaId;

    public UnknownSchemaIdException(int schemaId, Throwable cause) {
        super("Schema id " + schemaId + " is not known to the schema registry", cause);
        this.schemaId = schemaId;
    }

    /** The id found in the record header. */
    public int schemaId() {
        return schemaId;
    }
}
