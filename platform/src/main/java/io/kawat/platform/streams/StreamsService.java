package io.kawat.platform.streams;

import io.kawat.platform.config.CommonSettings;
import io.kawat.platform.config.Config;
import io.kawat.platform.http.AdminServer;
import io.kawat.platform.http.Metrics;
import io.kawat.platform.kafka.KafkaContext;
import io.kawat.platform.lifecycle.Service;
import io.kawat.platform.lifecycle.ServiceGroup;
import io.kawat.schemas.Topic;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Kafka Streams service: connects to Kafka and the registry, provisions its topics, builds its topology, runs it
 * with exactly-once v2 and serves health, readiness and metrics (plus its own routes) over HTTP.
 *
 * <p>One lifecycle: the constructor only remembers the configuration; {@link #start()} opens everything, each part
 * kept in the service's {@link ServiceGroup}; {@link #close()} closes every part, last opened first (the definition's
 * own parts, the HTTP server, the Kafka Streams client, what the topology uses, the registry client).
 */
public final class StreamsService implements Service {
    private static final Logger log = LoggerFactory.getLogger(StreamsService.class);

    /**
     * What differs between Kafka Streams services.
     *
     * @param topology builds the topology while the service starts; what it opens (an engine's thread pool) it keeps
     *                 in the {@link Scope}, so that it is closed after the Kafka Streams client
     * @param attach   adds the service's own parts once the client and the HTTP server exist and before they start:
     *                 routes, background loops ({@link Scope#keep}), readiness conditions ({@link Scope#readyWhen})
     */
    public record Definition(
            String name,
            String applicationId,
            int port,
            Function<KafkaContext, Collection<Topic<?, ?>>> topics,
            Function<Scope, Topology> topology,
            Consumer<Properties> tuning,
            Consumer<Scope> attach) {

        /** A service that is nothing but its topology. */
        public Definition(
                String name,
                String applicationId,
                int port,
                Function<KafkaContext, Collection<Topic<?, ?>>> topics,
                Function<KafkaContext, Topology> topology,
                Consumer<Properties> tuning) {
            this(name, applicationId, port, topics, scope -> topology.apply(scope.kafka()), tuning, scope -> {});
        }
    }

    private final Config config;
    private final Definition definition;
    private final PrometheusMeterRegistry metrics;
    private final List<BooleanSupplier> readiness = new CopyOnWriteArrayList<>();
    private volatile ServiceGroup parts;
    private volatile KafkaContext kafka;
    private volatile StreamsRunner runner;
    private volatile AdminServer http;

    public StreamsService(Config config, Definition definition) {
        this.config = config;
        this.definition = definition;
        this.metrics = Metrics.forService(definition.name());
    }

    /** What the definition's functions see while the service starts. */
    public final class Scope {
        private Scope() {}

        public Config config() {
            return config;
        }

        public KafkaContext kafka() {
            return kafka;
        }

        public PrometheusMeterRegistry metrics() {
            return metrics;
        }

        /** The Kafka Streams client (in {@link Definition#attach} only). */
        public StreamsRunner runner() {
            return runner;
        }

        /** The HTTP server, to add routes (in {@link Definition#attach} only). */
        public AdminServer http() {
            return http;
        }

        /** Closes {@code resource} when the service closes (before what was opened earlier). */
        public <C extends AutoCloseable> C keep(C resource) {
            return parts.add(resource);
        }

        /** {@code /ready} also demands this (e.g. a background loop being up). */
        public void readyWhen(BooleanSupplier condition) {
            readiness.add(condition);
        }
    }

    @Override
    public String name() {
        return definition.name();
    }

    @Override
    public void start() {
        synchronized (this) {
            if (parts != null) {
                throw new IllegalStateException(definition.name() + " was started already");
            }
            parts = ServiceGroup.resources();
        }
        try {
            open();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        log.info("{} ready: {} (health, ready, metrics)", definition.name(), http.url());
    }

    private void open() {
        Scope scope = new Scope();
        kafka = parts.add(KafkaContext.connect(config));
        kafka.provision(definition.topics().apply(kafka), Duration.ofSeconds(60));
        Topology topology = definition.topology().apply(scope);
        log.debug("{} topology:\n{}", definition.name(), topology.describe());
        Path stateDir = Path.of(config.get(CommonSettings.DATA_DIR), "streams", definition.name())
                .toAbsolutePath();
        Properties props = kafka.clients()
                .streams(config.get(CommonSettings.TOPIC_PREFIX) + definition.applicationId(), stateDir.toString());
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, config.get(CommonSettings.REPLICATION_FACTOR));
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.get(CommonSettings.STREAM_THREADS));
        // static membership: a restarted or replaced instance takes its partitions back without waiting for the
        // session timeout of its previous self (Kafka Streams never sends a leave-group for dynamic members)
        props.put(
                StreamsConfig.mainConsumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG),
                props.getProperty(StreamsConfig.APPLICATION_ID_CONFIG) + "-" + config.get(CommonSettings.INSTANCE_ID));
        definition.tuning().accept(props);
        runner = parts.add(new StreamsRunner(
                definition.name(),
                topology,
                props,
                metrics,
                new FailureBudget(5, Duration.ofMinutes(10)),
                Duration.ofSeconds(120)));
        http = parts.add(new AdminServer(
                definition.name(), config.get(CommonSettings.BIND_HOST), definition.port(), metrics, this::isReady));
        definition.attach().accept(scope);
        http.start();
        runner.start();
    }

    /** The HTTP server (after start). */
    public AdminServer http() {
        return http;
    }

    /** The Kafka Streams client (after start). */
    public StreamsRunner runner() {
        return runner;
    }

    /** Kafka, the registry and the topics (after start). */
    public KafkaContext kafka() {
        return kafka;
    }

    public PrometheusMeterRegistry metrics() {
        return metrics;
    }

    @Override
    public boolean isReady() {
        ServiceGroup open = parts;
        StreamsRunner client = runner;
        return open != null
                && !open.closed()
                && client != null
                && client.isReady()
                && readiness.stream().allMatch(BooleanSupplier::getAsBoolean);
    }

    @Override
    public void close() {
        ServiceGroup open = parts;
        if (open != null) {
            open.close();
        }
    }
}
