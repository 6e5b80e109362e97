package io.kawat.translate.internal.topology;

import io.kawat.platform.kafka.HeaderText;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The headers of a record on the translation retry topic: how many engine calls were made ({@value #ATTEMPT}, a
 * decimal), the earliest time of the next one ({@value #NOT_BEFORE}, an ISO-8601 instant) and why the last one
 * failed ({@value #REASON}, for operators: never texts or credentials).
 */
public final class RetryHeaders {
    public static final String ATTEMPT = "kawat.retry.attempt";
    public static final String NOT_BEFORE = "kawat.retry.not-before";
    public static final String REASON = "kawat.retry.reason";

    private RetryHeaders() {}

    /** Headers for a retry after {@code attempts} calls, not before {@code notBeforeMillis}. */
    public static Headers of(int attempts, long notBeforeMillis, String reason) {
        Headers headers = new RecordHeaders();
        headers.add(ATTEMPT, utf8(Integer.toString(attempts)));
        headers.add(NOT_BEFORE, utf8(Instant.ofEpochMilli(notBeforeMillis).toString()));
        if (reason != null) {
            headers.add(REASON, utf8(reason));
        }
        return headers;
    }

    /** The attempt count, when the header is there and a positive number. */
    public static OptionalInt attempts(Headers headers) {
        String text = HeaderText.of(headers, ATTEMPT);
        try {
            int attempts = text == null ? 0 : Integer.parseInt(text.strip());
            return attempts > 0 ? OptionalInt.of(attempts) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** The not-before time in epoch millis, when the header is there and an ISO-8601 instant. */
    public static OptionalLong notBefore(Headers headers) {
        String text = HeaderText.of(headers, NOT_BEFORE);
        try {
            return text == null
                    ? OptionalLong.empty()
                    : OptionalLong.of(Instant.parse(text.strip()).toEpochMilli());
        } catch (DateTimeParseException e) {
            return OptionalLong.empty();
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
