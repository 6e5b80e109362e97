package io.kawat.reliability.harness;

import io.kawat.bench.gen.BenchSource;
import io.kawat.devstack.ChildProcess;
import io.kawat.devstack.Ports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingest, enrich and publish as child JVMs ({@code -Xmx384m -XX:+UseSerialGC}), each with its own data directory, a
 * fixed port and instance id, so that a service killed with SIGKILL comes back as the same instance on the same data.
 * Translation is not started. Output goes to {@code <logs>/<service>.log}, appended across restarts.
 */
public final class ServiceProcesses implements AutoCloseable {
    /** The push token the children accept. */
    public static final String PUSH_TOKEN = "kawat-reliability-push-token";

    private static final Logger log = LoggerFactory.getLogger(ServiceProcesses.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    /** A service and its main class. */
    public enum Service {
        INGEST("io.kawat.ingest.IngestMain"),
        ENRICH("io.kawat.enrich.EnrichMain"),
        PUBLISH("io.kawat.publish.PublishMain");

        private final String mainClass;

        Service(String mainClass) {
            this.mainClass = mainClass;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Path home;
    private final Path logs;
    private final Path config;
    private final Map<String, String> commonEnv;
    private final Map<Service, Integer> ports = new EnumMap<>(Service.class);
    private final Map<Service, ChildProcess> running = new EnumMap<>(Service.class);
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * Services against the given broker and registry, with topics named {@code <prefix>wire.stories.v1}, ..., data
     * under {@code home} and logs under {@code logs} (kept after the test, for a human to read).
     */
    public ServiceProcesses(Path home, Path logs, String bootstrapServers, String registryUrl, String topicsPrefix) {
        this.home = home;
        this.logs = logs;
        this.config = writeConfig(home);
        this.commonEnv = Map.of(
                "KAWAT_KAFKA_BOOTSTRAP_SERVERS",
                bootstrapServers,
                "KAWAT_REGISTRY_URL",
                registryUrl,
                "KAWAT_TOPICS_PREFIX",
                topicsPrefix,
                "KAWAT_INSTANCE_ID",
                "0",
                "KAWAT_INGEST_PUSH_TOKEN",
                PUSH_TOKEN);
        for (Service s : Service.values()) {
            ports.put(s, Ports.freePort());
        }
    }

    /** Starts the three services and waits until each answers {@code /ready}. */
    public void startAll() {
        for (Service s : Service.values()) {
            start(s);
        }
        for (Service s : Service.values()) {
            awaitReady(s);
        }
    }

    /** Starts a service (again) with its data directory, port and instance id; does not wait for it. */
    public synchronized void start(Service s) {
        Map<String, String> env = new HashMap<>(commonEnv);
        env.put("KAWAT_DATA_DIR", home.resolve(s.id()).resolve("data").toString());
        env.put("KAWAT_" + s.name() + "_PORT", String.valueOf(ports.get(s)));
        List<String> command = ChildProcess.javaCommand(
                List.of("-Xmx384m", "-XX:+UseSerialGC"),
                System.getProperty("java.class.path"),
                s.mainClass,
                List.of(config.toString()));
        ChildProcess child = ChildProcess.start(s.id(), command, env, home, logFile(s));
        running.put(s, child);
        log.info("started {} (pid {}), log {}", s.id(), child.pid(), logFile(s));
    }

    /** Kills a service with SIGKILL and waits until it is dead. */
    public void kill(Service s) {
        ChildProcess child;
        synchronized (this) {
            child = running.remove(s);
        }
        long pid = child.pid();
        child.kill();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !child.isAlive());
        log.info("killed {} (pid {})", s.id(), pid);
    }

    /** Waits until the service answers 200 on {@code /ready}; fails with the end of its log otherwise. */
    public void awaitReady(Service s) {
        try {
            Awaitility.await(s.id() + " ready")
                    .atMost(READY_TIMEOUT)
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        if (!alive(s)) {
                            throw new IllegalStateException(
                                    s.id() + " exited while starting; end of " + logFile(s) + ":\n" + tail(s));
                        }
                        return ready(s);
                    });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException(
                    s.id() + " not ready in " + READY_TIMEOUT.toSeconds() + " s; end of " + logFile(s) + ":\n"
                            + tail(s),
                    e);
        }
    }

    private synchronized boolean alive(Service s) {
        ChildProcess child = running.get(s);
        return child != null && child.isAlive();
    }

    private String tail(Service s) {
        try {
            List<String> lines = Files.readAllLines(logFile(s));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** True when the service is running and answers 200 on {@code /ready}. */
    public boolean ready(Service s) {
        ChildProcess child;
        synchronized (this) {
            child = running.get(s);
        }
        if (child == null || !child.isAlive()) {
            return false;
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(s) + "/ready"))
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Base URL of a service's HTTP server, e.g. ingest's push endpoint. */
    public String url(Service s) {
        return "http://127.0.0.1:" + ports.get(s);
    }

    /** The log file of a service. */
    public Path logFile(Service s) {
        return logs.resolve(s.id() + ".log");
    }

    @Override
    public synchronized void close() {
        running.values().forEach(ChildProcess::close);
        running.clear();
    }

    /** The bench sources as push sources (with their names and languages), editions en, id and es. */
    private static Path writeConfig(Path home) {
        StringBuilder yaml = new StringBuilder("publish:\n  editions: en,id,es\nsources:\n");
        for (BenchSource s : BenchSource.all()) {
            yaml.append("  - id: ")
                    .append(s.id())
                    .append('\n')
                    .append("    name: \"")
                    .append(s.name())
                    .append("\"\n")
                    .append("    type: push\n")
                    .append("    language: ")
                    .append(s.language())
                    .append('\n');
        }
        Path file = home.resolve("kawat-reliability.yaml");
        try {
            Files.createDirectories(home);
            Files.writeString(file, yaml);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        return file;
    }
}
