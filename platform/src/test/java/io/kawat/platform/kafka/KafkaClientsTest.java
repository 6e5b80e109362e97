package io.kawat.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.platform.config.CommonSettings;
import io.kawat.platform.config.Config;
import io.kawat.platform.streams.BoundedRocksDb;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class KafkaClientsTest {
    private final KafkaClients clients = KafkaClients.from(Config.load(
            CommonSettings.all(),
            null,
            Map.of(
                    "KAWAT_KAFKA_BOOTSTRAP_SERVERS", "broker:9093",
                    "KAWAT_KAFKA_CLIENT_SECURITY_PROTOCOL", "SASL_SSL",
                    "KAWAT_KAFKA_CLIENT_SASL_JAAS_CONFIG", "secret-jaas",
                    "KAWAT_KAFKA_CLIENT_ACKS", "1",
                    "KAWAT_KAFKA_CLIENT_ISOLATION_LEVEL", "read_uncommitted")));

    @Test
    void shouldLayerDefaultsThenPassThroughThenWhatTheCallSiteNeeds() {
        Properties producer =
                clients.producerProperties("p", Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "kawat-ingest-0"));
        assertThat(producer)
                .containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9093")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.jaas.config", "secret-jaas")
                .containsEntry(ProducerConfig.ACKS_CONFIG, "1") // the operator's pass-through beats the default
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .containsEntry(ProducerConfig.CLIENT_ID_CONFIG, "p")
                .containsEntry(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "kawat-ingest-0");

        Properties consumer = clients.consumerProperties(
                null, Map.of(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", "group.id", "g"));
        assertThat(consumer)
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed") // the call site wins
                .containsEntry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false)
                .containsEntry("group.id", "g")
                .doesNotContainKey(ConsumerConfig.CLIENT_ID_CONFIG);
    }

    @Test
    void shouldGiveKafkaStreamsTheSameSettingsAndKawatsStreamsDefaults() {
        Properties streams = clients.streams("kawat-enrich", "/tmp/state");
        assertThat(streams)
                .containsEntry(StreamsConfig.APPLICATION_ID_CONFIG, "kawat-enrich")
                .containsEntry(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9093")
                .containsEntry(StreamsConfig.STATE_DIR_CONFIG, "/tmp/state")
                .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2)
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.jaas.config", "secret-jaas");
        assertThat(streams.get(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG))
                .as("named as a string, the class exists")
                .isEqualTo(BoundedRocksDb.class.getName());
    }

    @Test
    void shouldMaskSecretsWhenPrinted() {
        assertThat(clients.toString())
                .contains("broker:9093", "security.protocol=SASL_SSL", "sasl.jaas.config=****")
                .doesNotContain("secret-jaas");
    }
}
