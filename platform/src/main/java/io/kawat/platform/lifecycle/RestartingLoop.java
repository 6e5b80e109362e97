package io.kawat.platform.lifecycle;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A background loop that never stops for good: its body runs on its own thread; when the body throws, the loop is
 * down ({@link #isUp()} false, for {@code /ready}), waits a backoff that doubles from {@code initialBackoff} up to
 * {@code maxBackoff}, and runs the body again (a new life, which opens its clients afresh). The body reports
 * {@link Life#up()} once it works (e.g. its consumer has its partitions), which also resets the backoff. Only
 * {@link #close()} ends it.
 */
public final class RestartingLoop implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RestartingLoop.class);

    /** Default waits between lives: 1 s doubling up to 30 s. */
    public static final Duration INITIAL_BACKOFF = Duration.ofSeconds(1);

    public static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    /** One life of the loop: opens what it needs, works while {@link Life#running()}, closes what it opened. */
    @FunctionalInterface
    public interface Body {
        void run(Life life) throws Exception;
    }

    /** What a body sees of its loop. */
    public interface Life {
        /** False once the loop is closing: the body returns soon after (poll with a short timeout). */
        boolean running();

        /** The body works: the loop is up and the next failure starts the backoff again from the beginning. */
        void up();
    }

    private final String name;
    private final Body body;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Thread thread;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition stopping = lock.newCondition();
    private volatile boolean running = true;
    private volatile boolean up;
    private volatile long failures;
    private Duration backoff;

    public RestartingLoop(String name, Body body) {
        this(name, body, INITIAL_BACKOFF, MAX_BACKOFF);
    }

    public RestartingLoop(String name, Body body, Duration initialBackoff, Duration maxBackoff) {
        this.name = name;
        this.body = body;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.backoff = initialBackoff;
        this.thread = new Thread(this::loop, name);
        thread.setDaemon(true);
    }

    /** Starts the thread; returns at once. */
    public RestartingLoop start() {
        thread.start();
        return this;
    }

    /** True while a life of the body reported that it works and has not failed since. */
    public boolean isUp() {
        return up && running;
    }

    /** How many lives ended in an error. */
    public long failures() {
        return failures;
    }

    public String name() {
        return name;
    }

    private void loop() {
        Life life = new Life() {
            @Override
            public boolean running() {
                return running;
            }

            @Override
            public void up() {
                up = true;
                backoff = initialBackoff;
            }
        };
        while (running) {
            try {
                body.run(life);
            } catch (InterruptedException e) {
                if (!running) {
                    break;
                }
                failed(e);
            } catch (Exception | Error e) {
                if (!running) {
                    break;
                }
                failed(e);
            }
            if (running) {
                pause();
            }
        }
        up = false;
    }

    private void failed(Throwable e) {
        up = false;
        failures++;
        log.error(
                "{} failed ({} so far); restarting in {} ms: {}", name, failures, backoff.toMillis(), e.toString(), e);
    }

    private void pause() {
        Thread.interrupted(); // an interrupt meant for the failed life must not cut the wait short
        lock.lock();
        try {
            long nanos = backoff.toNanos();
            while (running && nanos > 0) {
                nanos = stopping.awaitNanos(nanos);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
        Duration doubled = backoff.multipliedBy(2);
        backoff = doubled.compareTo(maxBackoff) > 0 ? maxBackoff : doubled;
    }

    /** Stops the loop: the body sees {@code running() == false}; interrupted if it has not returned in 10 s. */
    @Override
    public void close() {
        running = false;
        lock.lock();
        try {
            stopping.signalAll();
        } finally {
            lock.unlock();
        }
        if (Thread.currentThread() == thread || !thread.isAlive() && thread.getState() == Thread.State.NEW) {
            return;
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(TimeUnit.SECONDS.toMillis(10));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
