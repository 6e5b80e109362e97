package io.kawat.console;

import io.kawat.console.internal.ConsoleRuntime;
import io.kawat.platform.config.Config;
import io.kawat.platform.http.Metrics;
import io.kawat.platform.lifecycle.Service;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.function.Supplier;

/**
 * The operator console: a web page (port 8080 by default) showing feed health live from
 * {@code ingest.feed-status.v1}, message rates, consumer lag and dead letters, and the articles as they are
 * published; and, for an operator signed in with {@code security.operator-token}, the actions: pause, resume and poll
 * a feed (through {@code ingest.commands.v1}), replay dead letters, kill or correct an article (through the publish
 * API). Every action is recorded on {@code kawat.audit.v1}.
 */
public final class ConsoleService implements Service {
    private final Config config;
    private final Supplier<String> publishUrl;
    private final PrometheusMeterRegistry metrics = Metrics.forService("console");
    private volatile ConsoleRuntime runtime;
    private volatile boolean ready;

    /** A console calling the publish API at {@code console.publish-url}. */
    public ConsoleService(Config config) {
        this(config, () -> config.get(ConsoleSettings.PUBLISH_URL));
    }

    /** A console calling the publish API at {@code publishUrl} (read when needed, e.g. a publish service in this JVM). */
    public ConsoleService(Config config, Supplier<String> publishUrl) {
        this.config = config;
        this.publishUrl = publishUrl;
    }

    @Override
    public String name() {
        return "console";
    }

    @Override
    public void start() {
        runtime = ConsoleRuntime.start(config, publishUrl, metrics, this::isReady);
        ready = true;
    }

    /** The page's URL (valid after start). */
    public String url() {
        return runtime.url();
    }

    /** Started, and every topic the page is built from is being followed. */
    @Override
    public boolean isReady() {
        ConsoleRuntime running = runtime;
        return ready && running != null && running.following();
    }

    @Override
    public void close() {
        ready = false;
        ConsoleRuntime running = runtime;
        if (running != null) {
            running.close();
        }
        runtime = null;
    }
}
