package io.kawat.devstack;

import io.kawat.devstack.internal.Readiness;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Apache Kafka KRaft broker (broker and controller in one) run as a child JVM from the
 * {@code kafka_2.13} jars on this JVM's class path. Its data directory survives restarts, and so do its topics.
 */
public final class KafkaBroker extends StackComponent {
    private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);

    private final Path dataDir;
    private final int port;
    private final int controllerPort;

    public KafkaBroker(Path dataDir, int port, int controllerPort, boolean stopOnJvmExit) {
        super(stopOnJvmExit);
        this.dataDir = dataDir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Formats the storage on first use, starts the broker and waits until it answers. */
    public KafkaBroker start(Duration timeout) {
        Ports.requireFree(port, "Kafka", "KAWAT_KAFKA_PORT");
        Ports.requireFree(controllerPort, "Kafka controller", "KAWAT_KAFKA_CONTROLLER_PORT");
        Path config = writeConfig();
        formatIfNew(config);
        process = ChildProcess.start(
                "kafka",
                ChildProcess.javaCommand(jvmOptions(), classPath(), "kafka.Kafka", List.of(config.toString())),
                Map.of(),
                dataDir,
                dataDir.resolve("kafka.log"),
                stopOnJvmExit);
        Readiness.await("Kafka on " + bootstrapServers(), process, timeout, this::answers);
        log.info("Kafka {} ready at {} (data in {})", Versions.kafka(), bootstrapServers(), dataDir);
        return this;
    }

    private void formatIfNew(Path config) {
        if (Files.exists(dataDir.resolve("logs").resolve("meta.properties"))) {
            return;
        }
        List<String> command = ChildProcess.javaCommand(
                List.of("-Xmx256m"),
                classPath(),
                "kafka.tools.StorageTool",
                List.of("format", "-t", Uuid.randomUuid().toString(), "-c", config.toString(), "--ignore-formatted"));
        try (ChildProcess format = ChildProcess.start(
                "kafka-storage-format", command, Map.of(), dataDir, dataDir.resolve("kafka-format.log"))) {
            int exit = format.awaitExit(Duration.ofSeconds(120));
            if (exit != 0 || !Files.exists(dataDir.resolve("logs").resolve("meta.properties"))) {
                throw new StackStartException("Kafka storage format failed (exit " + exit + "); last lines of "
                        + format.logFile() + ":\n" + format.logTail(25));
            }
        }
    }

    private boolean answers() {
        if (!Ports.isListening(port)) {
            return false;
        }
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(props)) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (Exception notYet) {
            return false;
        }
    }

    private Path writeConfig() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", dataDir.resolve("logs").toString());
        p.put("num.partitions", "3");
        p.put("auto.create.topics.enable", "false");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "3");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "3");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        // the default 128 MiB dedupe buffer costs that much heap on a small machine
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        p.put("log.segment.bytes", String.valueOf(64 * 1024 * 1024));
        try {
            Files.createDirectories(dataDir);
            Path file = dataDir.resolve("server.properties");
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(writer, "written by Kawat's dev stack on every start");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> jvmOptions() {
        return List.of(
                "-Xms128m",
                "-Xmx512m",
                "-XX:+UseSerialGC",
                "-Djava.awt.headless=true",
                "-Dkafka.logs.dir=.",
                "-Dlogback.configurationFile=kawat-devstack-logback.xml");
    }

    private static String classPath() {
        return System.getProperty("java.class.path");
    }
}
