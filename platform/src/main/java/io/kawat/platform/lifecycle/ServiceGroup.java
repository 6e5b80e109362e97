package io.kawat.platform.lifecycle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts services in order and closes them in reverse order, also on JVM shutdown (Ctrl-C) for a group made with
 * {@code new ServiceGroup()}. A service keeps what it opens in a group of its own ({@link #resources()}, no shutdown
 * hook: its owner closes it), so that closing the service closes every part, last opened first.
 */
public final class ServiceGroup implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ServiceGroup.class);

    private final List<AutoCloseable> started = new ArrayList<>();
    private final Thread hook;
    private final java.util.concurrent.CountDownLatch closedAll = new java.util.concurrent.CountDownLatch(1);
    private volatile boolean closed;

    /** A group closed on JVM shutdown too (for a main or a launcher). */
    public ServiceGroup() {
        this(true);
    }

    private ServiceGroup(boolean shutdownHook) {
        hook = shutdownHook ? new Thread(this::closeAll, "kawat-shutdown") : null;
        if (hook != null) {
            Runtime.getRuntime().addShutdownHook(hook);
        }
    }

    /** A group without a shutdown hook, for the parts of one service: the service closes it in its close(). */
    public static ServiceGroup resources() {
        return new ServiceGroup(false);
    }

    /**
     * Remembers {@code service} for closing, then starts it. No lock is held while it starts, so a shutdown during a
     * slow start closes it at once instead of waiting for the start to finish.
     */
    public <S extends Service> S start(S service) {
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("Shutting down: " + service.name() + " not started");
            }
            started.add(service);
        }
        service.start();
        return service;
    }

    /** Remembers an already started (or not startable) resource for closing; closes it at once when shutting down. */
    public <C extends AutoCloseable> C add(C resource) {
        synchronized (this) {
            if (!closed) {
                started.add(resource);
                return resource;
            }
        }
        closeQuietly(resource);
        throw new IllegalStateException("Shutting down: " + resource + " closed at once");
    }

    /** True once close() began. */
    public boolean closed() {
        return closed;
    }

    @Override
    public void close() {
        closeAll();
        if (hook == null) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs already
        }
    }

    private void closeAll() {
        List<AutoCloseable> reversed;
        synchronized (this) {
            if (closed) {
                awaitClosed();
                return;
            }
            closed = true;
            reversed = new ArrayList<>(started);
        }
        Collections.reverse(reversed);
        reversed.forEach(ServiceGroup::closeQuietly);
        closedAll.countDown();
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            log.warn("Closing {} failed: {}", resource, e.toString());
        }
    }

    /** A second caller (e.g. the shutdown hook and close() at once) returns only when everything is closed. */
    private void awaitClosed() {
        try {
            closedAll.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
