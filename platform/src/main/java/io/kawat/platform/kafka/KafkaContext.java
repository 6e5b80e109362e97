package io.kawat.platform.kafka;

import io.kawat.platform.config.CommonSettings;
import io.kawat.platform.config.Config;
import io.kawat.schemas.Topic;
import io.kawat.schemas.Topics;
import io.kawat.schemas.TopicsConfig;
import io.kawat.schemas.registry.RegistryClientConfig;
import io.kawat.schemas.registry.RestSchemaRegistryClient;
import io.kawat.schemas.registry.SchemaRegistryClient;
import io.kawat.schemas.serde.SerdeConfig;
import io.kawat.schemas.serde.SubjectNameStrategy;
import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import org.apache.kafka.clients.admin.Admin;

/**
 * What every service needs to talk to Kafka: the bootstrap servers, a schema registry client and the topic
 * registry, all from configuration; and topic provisioning before anything produces.
 */
public final class KafkaContext implements AutoCloseable {
    private final KafkaClients clients;
    private final SchemaRegistryClient registry;
    private final Topics topics;

    private final short replicationFactor;

    private KafkaContext(KafkaClients clients, SchemaRegistryClient registry, Topics topics, short replicationFactor) {
        this.clients = clients;
        this.replicationFactor = replicationFactor;
        this.registry = registry;
        this.topics = topics;
    }

    public static KafkaContext connect(Config config) {
        SchemaRegistryClient registry = registry(config);
        SerdeConfig serde = new SerdeConfig(config.get(CommonSettings.AUTO_REGISTER), SubjectNameStrategy.TOPIC_NAME);
        Topics topics = Topics.create(
                new TopicsConfig(
                        config.get(CommonSettings.TOPIC_PREFIX), config.get(CommonSettings.TOPIC_PARTITIONS), serde),
                registry);
        return new KafkaContext(
                KafkaClients.from(config),
                registry,
                topics,
                config.get(CommonSettings.REPLICATION_FACTOR).shortValue());
    }

    /** A schema registry client from the {@code registry.*} settings. */
    public static SchemaRegistryClient registry(Config config) {
        return new RestSchemaRegistryClient(new RegistryClientConfig(
                URI.create(config.get(CommonSettings.REGISTRY_URL)),
                blankToNull(config.get(CommonSettings.REGISTRY_USER)),
                blankToNull(config.get(CommonSettings.REGISTRY_PASSWORD)),
                blankToNull(config.get(CommonSettings.REGISTRY_TOKEN)),
                Duration.ofSeconds(10),
                5));
    }

    /** The factory of every Kafka client of the service (bootstrap servers, pass-through settings, defaults). */
    public KafkaClients clients() {
        return clients;
    }

    public SchemaRegistryClient registry() {
        return registry;
    }

    public Topics topics() {
        return topics;
    }

    /** Creates what is missing of {@code wanted} and waits until every partition has a leader. */
    public void provision(Collection<Topic<?, ?>> wanted, Duration timeout) {
        try (Admin admin = clients.admin(null)) {
            new TopicProvisioner(admin, replicationFactor).ensure(wanted, timeout);
        }
    }

    @Override
    public void close() {
        try {
            registry.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
