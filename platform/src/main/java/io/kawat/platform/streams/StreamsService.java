package io.kawat.platform.streams;

import io.kawat.platform.config.CommonSettings;
import io.kawat.platform.config.Config;
import io.kawat.platform.http.AdminServer;
import io.kawat.platform.http.Metrics;
import io.kawat.platform.kafka.KafkaContext;
import io.kawat.platform.lifecycle.Service;
import io.kawat.schemas.Topic;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Properties;
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
 */
public final class StreamsService implements Service {
    private static final Logger log = LoggerFactory.getLogger(StreamsService.class);

    /** What differs between Kafka Streams services. */
    public record Definition(
            String name,
            String applicationId,
            int port,
            Function<KafkaContext, Collection<Topic<?, ?>>> topics,
            Function<KafkaContext, Topology> topology,
            Consumer<Properties> tuning) {}

    private final Config config;
    private final Definition definition;
    private final PrometheusMeterRegistry metrics;
    private KafkaContext kafka;
    private StreamsRunner runner;
    private AdminServer http;

    public StreamsService(Config config, Definition definition) {
        this.config = config;
        this.definition = definition;
        this.metrics = Metrics.forService(definition.name());
    }

    @Override
    public String name() {
        return definition.name();
    }

    /** Connects, provisions and builds; routes can be added to {@link #http()} after this and before {@link #start()}. */
    public StreamsService prepare() {
        kafka = KafkaContext.connect(config);
        kafka.provision(definition.topics().apply(kafka), Duration.ofSeconds(60));
        Topology topology = definition.topology().apply(kafka);
        log.debug("{} topology:\n{}", definition.name(), topology.describe());
        Path stateDir = Path.of(config.get(CommonSettings.DATA_DIR), "streams", definition.name())
                .toAbsolutePath();
        Properties props = StreamsRunner.properties(
                config.get(CommonSettings.TOPIC_PREFIX) + definition.applicationId(),
                kafka.bootstrapServers(),
                stateDir.toString());
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, config.get(CommonSettings.REPLICATION_FACTOR));
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.get(CommonSettings.STREAM_THREADS));
        // static membership: a restarted or replaced instance takes its partitions back without waiting for the
        // session timeout of its previous self (Kafka Streams never sends a leave-group for dynamic members)
        props.put(
                StreamsConfig.mainConsumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG),
                props.getProperty(StreamsConfig.APPLICATION_ID_CONFIG) + "-" + config.get(CommonSettings.INSTANCE_ID));
        definition.tuning().accept(props);
        runner = new StreamsRunner(
                definition.name(),
                topology,
                props,
                metrics,
                new FailureBudget(5, Duration.ofMinutes(10)),
                Duration.ofSeconds(120));
        http = new AdminServer(
                definition.name(), config.get(CommonSettings.BIND_HOST), definition.port(), metrics, this::isReady);
        return this;
    }

    @Override
    public void start() {
        if (runner == null) {
            prepare();
        }
        http.start();
        runner.start();
        log.info("{} ready: {} (health, ready, metrics)", definition.name(), http.url());
    }

    public AdminServer http() {
        return http;
    }

    public StreamsRunner runner() {
        return runner;
    }

    public KafkaContext kafka() {
        return kafka;
    }

    public PrometheusMeterRegistry metrics() {
        return metrics;
    }

    @Override
    public boolean isReady() {
        return runner != null && runner.isReady();
    }

    @Override
    public void close() {
        if (runner != null) {
            runner.close();
        }
        if (http != null) {
            http.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }
}
