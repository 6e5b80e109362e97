package io.kawat.publish.internal.webhook;

import java.time.Duration;

/**
 * Exponential backoff between the attempts of one webhook event: no wait before the first attempt, {@code initial}
 * before the second, doubling before each further one, never more than {@code max}. Deterministic: one dispatcher
 * per subscriber sends one event at a time, so there is no crowd of retries to spread.
 */
public record RetrySchedule(Duration initial, Duration max) {
    private static final int MAX_SHIFT = 30;

    public RetrySchedule {
        if (initial.isNegative() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 <= initial <= max");
        }
    }

    /** The wait before attempt {@code attempt} (1 for the first attempt, which does not wait). */
    public Duration delayBefore(int attempt) {
        if (attempt <= 1) {
            return Duration.ZERO;
        }
        int shift = Math.min(attempt - 2, MAX_SHIFT);
        long initialMillis = initial.toMillis();
        long maxMillis = max.toMillis();
        return Duration.ofMillis(initialMillis > (maxMillis >> shift) ? maxMillis : initialMillis << shift);
    }

    /** The sum of the waits of {@code attempts} attempts: how long an event may take besides the requests. */
    public Duration totalWait(int attempts) {
        Duration total = Duration.ZERO;
        for (int attempt = 2; attempt <= attempts; attempt++) {
            total = total.plus(delayBefore(attempt));
        }
        return total;
    }
}
