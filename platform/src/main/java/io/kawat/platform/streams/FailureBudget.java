package io.kawat.platform.streams;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/** At most {@code maxFailures} failures within a sliding {@code window}; beyond that the budget is spent. */
public final class FailureBudget {
    private final int maxFailures;
    private final Duration window;
    private final Deque<Instant> failures = new ArrayDeque<>();

    public FailureBudget(int maxFailures, Duration window) {
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** Records a failure at {@code now}; true while the budget allows carrying on. */
    public synchronized boolean spend(Instant now) {
        while (!failures.isEmpty() && failures.peekFirst().isBefore(now.minus(window))) {
            failures.removeFirst();
        }
        failures.addLast(now);
        return failures.size() <= maxFailures;
    }

    public synchronized int remaining() {
        return Math.max(0, maxFailures - failures.size());
    }
}
