package io.kawat.schemas.serde.internal;

import io.kawat.schemas.serde.CorruptPayloadException;
import java.nio.ByteBuffer;
import java.util.Locale;

/**
 * The Confluent wire format: byte 0 is the magic byte {@code 0}, bytes 1..4 the schema id as a big-endian int,
 * then the Avro binary encoding of the record with that schema.
 */
public final class WireFormat {
    /** The only magic byte there is. */
    public static final byte MAGIC_BYTE = 0;
    /** Magic byte plus schema id. */
    public static final int HEADER_SIZE = 5;

    private WireFormat() {}

    /** The schema id in the header of {@code payload}; rejects payloads that are too short or of another format. */
    public static int schemaId(String topic, byte[] payload) {
        if (payload.length < HEADER_SIZE) {
            throw new CorruptPayloadException("Record on " + topic + " has " + payload.length
                    + " byte(s), fewer than the 5-byte Confluent wire-format header");
        }
        if (payload[0] != MAGIC_BYTE) {
            throw new CorruptPayloadException(String.format(
                    Locale.ROOT,
                    "Record on %s starts with 0x%02x, not the magic byte 0x00 of the Confluent wire format",
                    topic,
                    payload[0] & 0xff));
        }
        return ByteBuffer.wrap(payload, 1, 4).getInt();
    }

    /** Writes the header for {@code schemaId} into {@code buffer}. */
    public static void writeHeader(ByteBuffer buffer, int schemaId) {
        buffer.put(MAGIC_BYTE).putInt(schemaId);
    }
}
