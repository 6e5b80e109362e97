package io.kawat.schemas.serde;

import org.apache.kafka.common.errors.SerializationException;

/**
 * The serializer could not get an id for the record's schema: the registry refused or could not be reached, or,
 * with auto-registration off, the schema is not registered under the subject.
 */
public class SchemaRegistrationException extends SerializationException {
    public SchemaRegistrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
