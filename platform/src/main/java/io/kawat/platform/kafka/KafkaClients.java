package io.kawat.platform.kafka;

import io.kawat.platform.config.ClientSettings;
import io.kawat.platform.config.CommonSettings;
import io.kawat.platform.config.Config;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The one factory of Kafka clients: every producer, consumer, admin client and Kafka Streams configuration of Kawat
 * is built here, from {@code kafka.bootstrap-servers} and the pass-through client settings ({@code kafka.client.*},
 * see {@link ClientSettings}: security protocol, SASL, TLS, timeouts), with the same defaults everywhere.
 *
 * <p>Layers, later ones winning: Kawat's defaults for the kind of client (producers {@code acks=all} and idempotent;
 * consumers {@code read_committed} without auto-commit), then the pass-through settings, then what the call site needs
 * for its correctness (a group id, a transactional id, a client id, its own timeouts).
 */
public final class KafkaClients {
    private final String bootstrapServers;
    private final Map<String, String> passThrough;

    private KafkaClients(String bootstrapServers, Map<String, String> passThrough) {
        this.bootstrapServers = bootstrapServers;
        this.passThrough = Map.copyOf(passThrough);
    }

    /** The clients of a service: bootstrap servers and pass-through settings from its configuration. */
    public static KafkaClients from(Config config) {
        return new KafkaClients(config.get(CommonSettings.BOOTSTRAP_SERVERS), config.kafkaClient());
    }

    /** Clients for a plain (unsecured) cluster, e.g. a test broker. */
    public static KafkaClients of(String bootstrapServers) {
        return new KafkaClients(bootstrapServers, Map.of());
    }

    /** The same clients with these pass-through settings (Kafka's own names) added. */
    public KafkaClients with(Map<String, String> settings) {
        Map<String, String> merged = new HashMap<>(passThrough);
        merged.putAll(settings);
        return new KafkaClients(bootstrapServers, merged);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The pass-through settings, unmasked: for building clients, never for logging (see {@link #toString()}). */
    public Map<String, String> passThrough() {
        return passThrough;
    }

    /** A producer ({@code clientId} may be null) with Kawat's producer defaults; {@code settings} (Kafka's names) win over everything else. */
    public <K, V> KafkaProducer<K, V> producer(
            String clientId, Map<String, ?> settings, Serializer<K> keys, Serializer<V> values) {
        return new KafkaProducer<>(producerProperties(clientId, settings), keys, values);
    }

    /**
     * A transactional producer (call {@code initTransactions()}): as {@link #producer}, with {@code transactionalId},
     * lz4 and a 5 ms linger, as ingest writes a document's story versions.
     */
    public <K, V> KafkaProducer<K, V> transactionalProducer(
            String transactionalId, Serializer<K> keys, Serializer<V> values) {
        return producer(
                null,
                Map.of(
                        ProducerConfig.TRANSACTIONAL_ID_CONFIG,
                        transactionalId,
                        ProducerConfig.COMPRESSION_TYPE_CONFIG,
                        "lz4",
                        ProducerConfig.LINGER_MS_CONFIG,
                        5),
                keys,
                values);
    }

    /** The properties {@link #producer} uses. */
    public Properties producerProperties(String clientId, Map<String, ?> settings) {
        Properties props = new Properties();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return layered(props, clientId, settings);
    }

    /** A consumer ({@code clientId} may be null) with Kawat's consumer defaults; {@code settings} (Kafka's names) win over everything else. */
    public <K, V> KafkaConsumer<K, V> consumer(
            String clientId, Map<String, ?> settings, Deserializer<K> keys, Deserializer<V> values) {
        return new KafkaConsumer<>(consumerProperties(clientId, settings), keys, values);
    }

    /** The properties {@link #consumer} uses. */
    public Properties consumerProperties(String clientId, Map<String, ?> settings) {
        Properties props = new Properties();
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return layered(props, clientId, settings);
    }

    /** An admin client; {@code clientId} may be null (Kafka then names it). */
    public Admin admin(String clientId) {
        return Admin.create(layered(new Properties(), clientId, Map.of()));
    }

    /**
     * Kafka Streams properties: application id, state directory, exactly-once v2, commits every 50 ms, an 8 MiB store
     * cache, bounded RocksDB memory, lz4; then the pass-through settings (Kafka Streams hands them to its consumers,
     * producers and admin client). The caller adds what is specific to its application.
     */
    public Properties streams(String applicationId, String stateDir) {
        Properties props = new Properties();
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 50);
        // stores that enable caching keep hot keys in memory and write their changelog once per commit
        props.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, 8L * 1024 * 1024);
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        // by name: the streams package builds on this one, not the other way round
        props.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, "io.kawat.platform.streams.BoundedRocksDb");
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG), 500);
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 15_000);
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), 3_000);
        props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        props.putAll(passThrough);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir);
        return props;
    }

    private Properties layered(Properties defaults, String clientId, Map<String, ?> settings) {
        defaults.putAll(passThrough);
        defaults.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        if (clientId != null) {
            defaults.put(CommonClientConfigs.CLIENT_ID_CONFIG, clientId);
        }
        defaults.putAll(settings);
        return defaults;
    }

    /** Bootstrap servers and pass-through settings, secrets masked. */
    @Override
    public String toString() {
        return "KafkaClients[" + bootstrapServers
                + new TreeMap<>(passThrough)
                        .entrySet().stream()
                                .map(e -> ", " + e.getKey() + "=" + ClientSettings.shown(e.getKey(), e.getValue()))
                                .collect(Collectors.joining())
                + "]";
    }
}
