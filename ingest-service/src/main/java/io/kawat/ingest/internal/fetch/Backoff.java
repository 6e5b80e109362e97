package io.kawat.ingest.internal.fetch;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with full jitter: before retry n (1-based) wait a uniformly random time in
 * [0, min(max, initial × 2^(n-1))). Spreads the retries of many feeds that failed together.
 */
final class Backoff {
    private static final int MAX_SHIFT = 30;

    private final long initialMillis;
    private final long maxMillis;
    private final RandomGenerator random;

    Backoff(Duration initial, Duration max, RandomGenerator random) {
        this.initialMillis = initial.toMillis();
        this.maxMillis = max.toMillis();
        this.random = random;
    }

    /** The largest wait before retry {@code retry} (1 for the first retry). */
    Duration ceiling(int retry) {
        int shift = Math.min(Math.max(retry - 1, 0), MAX_SHIFT);
        long ceiling = initialMillis > (maxMillis >> shift) ? maxMillis : initialMillis << shift;
        return Duration.ofMillis(ceiling);
    }

    /** A random wait before retry {@code retry}, at most {@link #ceiling}. */
    Duration delay(int retry) {
        double fraction;
        synchronized (random) {
            // RandomGenerator implementations are not thread-safe and one fetcher serves many feeds
            fraction = random.nextDouble();
        }
        return Duration.ofMillis((long) (ceiling(retry).toMillis() * fraction));
    }
}
