package io.kawat.ingest.internal.fetch;

import java.time.Duration;

/**
 * Waits on behalf of the fetcher (retry backoff, politeness). Injected so that schedules are testable: a test sleeper
 * records the requested durations and returns at once.
 */
@FunctionalInterface
public interface Sleeper {

    /** Blocks for {@code d}; returns at once when {@code d} is zero or negative. */
    void sleep(Duration d) throws InterruptedException;

    /** A sleeper that really blocks the calling thread. */
    static Sleeper system() {
        return d -> {
            if (d.isNegative() || d.isZero()) {
                return;
            }
            long millis = d.toMillis();
            Thread.sleep(millis, (int) (d.minusMillis(millis).toNanos()));
        };
    }
}
