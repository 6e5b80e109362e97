package io.kawat.reliability.poison;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The three kinds of poison record produced to every input topic. */
enum Pill {
    /** Bytes that are not in the Confluent wire format at all (first byte is not the magic 0). */
    UNDECODABLE("undecodable bytes"),
    /** Magic byte and a schema id the registry never issued, then some bytes. */
    UNKNOWN_SCHEMA_ID("unknown schema id"),
    /** A real record of the topic with its Avro body cut short. */
    TRUNCATED_AVRO("truncated Avro body");

    private final String label;

    Pill(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** The poison bytes; {@code good} is a correctly framed record of the topic. */
    byte[] bytes(byte[] good) {
        return switch (this) {
            case UNDECODABLE -> "{\"not\": \"avro\", \"poison\": true}".getBytes(StandardCharsets.UTF_8);
            case UNKNOWN_SCHEMA_ID ->
                ByteBuffer.allocate(8)
                        .put((byte) 0)
                        .putInt(2_000_000_017)
                        .put(new byte[] {2, 'x', 0})
                        .array();
            case TRUNCATED_AVRO -> Arrays.copyOf(good, Math.max(6, 5 + (good.length - 5) / 3));
        };
    }
}
