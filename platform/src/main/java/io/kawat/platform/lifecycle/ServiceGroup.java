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
    private boolean closed;

    public ServiceGroup() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Starts {@code service} and remembers it for closing. */
    public synchronized <S extends Service> S start(S service) {
        service.start();
        started.add(service);
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

    private synchronized void closeAll() {
        if (closed) {
            return;
        }
        closed = true;
        List<AutoCloseable> reversed = new ArrayList<>(started);
        Collections.reverse(reversed);
        for (AutoCloseable resource : reversed) {
            try {
                resource.close();
            } catch (Exception e) {
                log.warn("Closing {} failed: {}", resource, e.toString());
            }
        }
    }
}
