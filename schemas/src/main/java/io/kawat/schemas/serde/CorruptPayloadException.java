package io.kawat.schemas.serde;

import org.apache.kafka.common.errors.SerializationException;

/**
 * The bytes are not a record in the Confluent wire format: too short, a magic byte other than 0, or Avro binary that
 * does not decode with the writer schema (truncated, garbage, trailing bytes).
 */
public class CorruptPayloadException extends SerializationException {
    public CorruptPayloadException(String message) {
        super(message);
    }

    public CorruptPayloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
