package io.kawat.devstack;

import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real infrastructure for the one-command run and for tests: a KRaft broker and a schema registry, both on
 * 127.0.0.1, both keeping their data in {@code dataDir}. Closing it stops both; a JVM shutdown (Ctrl-C) does too.
 */
public final class DevStack implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DevStack.class);

    private final KafkaBroker kafka;
    private final ApicurioRegistry registry;

    private DevStack(KafkaBroker kafka, ApicurioRegistry registry) {
        this.kafka = kafka;
        this.registry = registry;
    }

    /** Where and on which ports the stack runs. */
    public record Settings(
            Path dataDir,
            Path cacheDir,
            int kafkaPort,
            int controllerPort,
            int registryPort,
            Duration startTimeout,
            boolean stopOnJvmExit) {
        /** Fixed, documented ports for {@code kawat up}. */
        public static Settings defaults(Path dataDir) {
            return new Settings(dataDir, dataDir.resolve("cache"), 9092, 9093, 8085, Duration.ofSeconds(120), true);
        }

        /** Free ports, for tests. */
        public static Settings ephemeral(Path dataDir, Path cacheDir) {
            return new Settings(
                    dataDir,
                    cacheDir,
                    Ports.freePort(),
                    Ports.freePort(),
                    Ports.freePort(),
                    Duration.ofSeconds(120),
                    true);
        }
    }

    /** Starts the broker and the registry in parallel and waits for both. */
    public static DevStack start(Settings settings) {
        return create(settings).startAll(settings.startTimeout());
    }

    /**
     * A stack not started yet: its owner can hand it to a shutdown hook before {@link #startAll} so that an
     * interrupted start-up (Ctrl-C) still stops whatever was already started.
     */
    public static DevStack create(Settings settings) {
        if (Runtime.version().feature() < 17) {
            throw new StackStartException("Kawat needs Java 17 or newer; this is Java " + Runtime.version());
        }
        KafkaBroker kafka = new KafkaBroker(
                settings.dataDir().resolve("kafka"),
                settings.kafkaPort(),
                settings.controllerPort(),
                settings.stopOnJvmExit());
        ApicurioRegistry registry = new ApicurioRegistry(
                settings.dataDir().resolve("registry"),
                settings.cacheDir(),
                settings.registryPort(),
                settings.stopOnJvmExit());
        return new DevStack(kafka, registry);
    }

    /** Starts both components in parallel and waits for both; closes both when either fails. */
    public DevStack startAll(Duration timeout) {
        try {
            Thread registryStart = new Thread(() -> registry.start(timeout), "registry-start");
            StartFailure failure = new StartFailure();
            registryStart.setUncaughtExceptionHandler((thread, error) -> failure.error = error);
            registryStart.start();
            kafka.start(timeout);
            registryStart.join();
            if (failure.error != null) {
                throw failure.error instanceof RuntimeException r
                        ? r
                        : new StackStartException(failure.error.toString(), failure.error);
            }
            return this;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new StackStartException("Interrupted while starting the dev stack", e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String registryUrl() {
        return registry.confluentApiUrl();
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public ApicurioRegistry registry() {
        return registry;
    }

    @Override
    public void close() {
        log.info("Stopping the dev stack");
        registry.close();
        kafka.close();
    }

    private static final class StartFailure {
        private volatile Throwable error;
    }
}
