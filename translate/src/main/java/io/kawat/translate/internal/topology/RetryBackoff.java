package io.kawat.translate.internal.topology;

import java.time.Duration;
import java.util.Objects;

/**
 * Exponential backoff between attempts of a retriable translation: {@code initial}, doubled after each failed
 * attempt, at most {@code max}; the store is scanned every {@code scanInterval} (wall clock).
 */
public record RetryBackoff(Duration initial, Duration max, Duration scanInterval) {
    public RetryBackoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(scanInterval, "scanInterval");
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0 || scanInterval.isZero()
                || scanInterval.isNegative()) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max and a positive scan interval");
        }
    }

    /** 5 s, doubling up to 5 min, scanned every second. */
    public static RetryBackoff defaults() {
        return new RetryBackoff(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofSeconds(1));
    }

    /** The wait after {@code attempts} failed attempts (1 gives {@code initial}). */
    public Duration after(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        Duration wait = initial.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 || wait.isNegative() ? max : wait;
    }
}
