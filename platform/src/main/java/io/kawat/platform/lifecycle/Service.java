package io.kawat.platform.lifecycle;

/** One lifecycle for every Kawat component: start, report readiness, close. */
public interface Service extends AutoCloseable {
    /** Short name used in logs and metrics, e.g. {@code ingest}. */
    String name();

    /** Starts the component; returns once it is running or throws when it cannot start. */
    void start();

    /** True when the component does its work (used by {@code /ready}). */
    boolean isReady();

    /** Stops the component and releases everything it holds. Idempotent. */
    @Override
    void close();
}
