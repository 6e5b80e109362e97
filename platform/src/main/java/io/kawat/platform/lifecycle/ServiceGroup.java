package io.kawat.platform.lifecycle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts services in order and closes them in reverse order, also on JVM shutdown (Ctrl-C). */
public final class ServiceGroup implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ServiceGroup.class);

    private final List<AutoCloseable> started = new ArrayList<>();
    private final Thread hook = new Thread(this::closeAll, "kawat-shutdown");
    private final java.util.concurrent.CountDownLatch closedAll = new java.util.concurrent.CountDownLatch(1);
    private volatile boolean closed;

    public ServiceGroup() {
        Runtime.getRuntime().addShutdownHook(hook);
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

    /** Remembers an already started resource for closing. */
    public synchronized <C extends AutoCloseable> C add(C resource) {
        started.add(resource);
        return resource;
    }

    @Override
    public void close() {
        closeAll();
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
        for (AutoCloseable resource : reversed) {
            try {
                resource.close();
            } catch (Exception e) {
                log.warn("Closing {} failed: {}", resource, e.toString());
            }
        }
        closedAll.countDown();
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
