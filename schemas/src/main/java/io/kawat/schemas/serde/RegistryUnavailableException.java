package io.kawat.schemas.serde;

import org.apache.kafka.common.errors.SerializationException;

/**
 * The schema registry did not answer (timeout, refused connection, 5xx after the client's retries). Unlike the other
 * serde errors this says nothing about the record: callers should retry or stop, not dead-letter the record.
 */
public class RegistryUnavailableException extends SerializationException {
    public RegistryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
