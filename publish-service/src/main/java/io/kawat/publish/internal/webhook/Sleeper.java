package io.kawat.publish.internal.webhook;

import java.time.Duration;

/** Waits between delivery attempts; injected so that backoff schedules are testable without waiting. */
@FunctionalInterface
public interface Sleeper {

    /** Blocks for {@code d}; returns at once when {@code d} is zero or negative. Interruptible. */
    void sleep(Duration d) throws InterruptedException;

    /** A sleeper that really blocks the calling thread. */
    static Sleeper system() {
        return d -> {
            if (!d.isNegative() && !d.isZero()) {
                Thread.sleep(d.toMillis());
            }
        };
    }
}
