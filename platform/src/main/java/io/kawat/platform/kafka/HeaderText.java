package io.kawat.platform.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** Reads Kafka record headers written as UTF-8 text (Kawat's {@code kawat.*} headers). */
public final class HeaderText {
    private HeaderText() {}

    /** The last value of header {@code name} as UTF-8 text, or null when the record has none. */
    public static String of(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
