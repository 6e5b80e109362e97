package io.kawat.schemas.registry.internal;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounded exponential backoff: {@code initial}, then doubled after every failed attempt, never more than {@code max}.
 * Deterministic, so schedules are testable.
 */
public record Backoff(Duration initial, Duration max) {
    /** 100 ms, 200 ms, 400 ms, ... up to 2 s. */
    public static final Backoff DEFAULT = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2));

    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("Backoff needs 0 <= initial <= max: " + initial + ", " + max);
        }
    }

    /** The wait before retry number {@code retry} (0 for the first retry). */
    public Duration delay(int retry) {
        int shift = Math.min(retry, 30);
        long millis = initial.toMillis() << shift;
        if (millis < 0 || millis > max.toMillis()) {
            return max;
        }
        return Duration.ofMillis(millis);
    }
}
