package io.kawat.translate.internal.topology;

import java.time.Duration;
import java.util.Objects;

/**
 * Exponential backoff between attempts of a retriable translation: {@code initial}, doubled after each failed
 * attempt, at most {@code max}; held retries are scanned every {@code scanInterval} (wall clock); after
 * {@code maxAttempts} engine calls the translation is recorded as FAILED.
 */
public record RetryBackoff(Duration initial, Duration max, Duration scanInterval, int maxAttempts) {
    /** Engine calls before giving up by default: 5 s doubling to 5 min makes about two hours. */
    public static final int DEFAULT_MAX_ATTEMPTS = 30;

    public RetryBackoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(scanInterval, "scanInterval");
        if (initial.isNegative()
                || initial.isZero()
                || max.compareTo(initial) < 0
                || scanInterval.isZero()
                || scanInterval.isNegative()) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max and a positive scan interval");
        }
        if (maxAttempts < 2) {
            throw new IllegalArgumentException("a retry needs at least 2 attempts, got " + maxAttempts);
        }
    }

    /** A backoff that gives up after {@value #DEFAULT_MAX_ATTEMPTS} attempts. */
    public RetryBackoff(Duration initial, Duration max, Duration scanInterval) {
        this(initial, max, scanInterval, DEFAULT_MAX_ATTEMPTS);
    }

    /** 5 s, doubling up to 5 min, scanned every second, at most {@value #DEFAULT_MAX_ATTEMPTS} attempts. */
    public static RetryBackoff defaults() {
        return new RetryBackoff(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofSeconds(1));
    }

    /** The wait after {@code attempts} failed attempts (1 gives {@code initial}). */
    public Duration after(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        Duration wait = initial.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 || wait.isNegative() ? max : wait;
    }

    /** True when {@code attempts} engine calls are all a translation gets. */
    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }
}
