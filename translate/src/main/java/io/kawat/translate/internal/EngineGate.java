package io.kawat.translate.internal;

import io.kawat.translate.TranslationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The door to one engine: at most {@code maxConcurrency} calls in flight (a fair semaphore; a caller that cannot get
 * a slot within the wait gives up with a retriable failure instead of blocking the pipeline), and a pause while the
 * engine asked us to wait ({@code Retry-After}, DeepL's quota).
 */
public final class EngineGate {
    private final String engine;
    private final int maxConcurrency;
    private final Semaphore slots;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Clock clock;
    private volatile Instant pausedUntil = Instant.MIN;

    /** One call to the engine. */
    @FunctionalInterface
    public interface EngineCall<T> {
        T call() throws TranslationException;
    }

    public EngineGate(String engine, int maxConcurrency, Clock clock) {
        this.engine = engine;
        this.maxConcurrency = maxConcurrency;
        this.slots = new Semaphore(maxConcurrency, true);
        this.clock = clock;
    }

    /** Runs the call once a slot is free, waiting at most {@code wait} for it. */
    public <T> T call(EngineCall<T> call, Duration wait) throws TranslationException {
        try {
            if (!slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new TranslationException(
                        engine + " is busy: " + maxConcurrency + " calls in flight for " + wait, true);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TranslationException("interrupted while waiting for " + engine, true, e);
        }
        inFlight.incrementAndGet();
        try {
            return call.call();
        } finally {
            inFlight.decrementAndGet();
            slots.release();
        }
    }

    /** Calls running now. */
    public int inFlight() {
        return inFlight.get();
    }

    /** Asks callers to leave the engine alone for {@code duration}. */
    public void pause(Duration duration) {
        Instant until = clock.instant().plus(duration);
        if (until.isAfter(pausedUntil)) {
            pausedUntil = until;
        }
    }

    /** True while a pause asked for by the engine lasts. */
    public boolean paused() {
        return clock.instant().isBefore(pausedUntil);
    }

    public Instant pausedUntil() {
        return pausedUntil;
    }
}
