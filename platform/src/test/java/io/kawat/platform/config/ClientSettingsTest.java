package io.kawat.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientSettingsTest {
    @TempDir
    Path dir;

    @Test
    void shouldPassEveryKeyUnderKafkaClientFromTheFileFlatOrNestedAndFromTheEnvironment() throws Exception {
        Path yaml = Files.writeString(dir.resolve("kawat.yaml"), """
                kafka:
                  bootstrap-servers: broker:9093
                  client:
                    security.protocol: SASL_SSL
                    sasl:
                      mechanism: SCRAM-SHA-512
                    ssl.truststore.location: /etc/kawat/truststore.p12
                    request.timeout.ms: 20000
                """);
        Map<String, String> env = Map.of(
                "KAWAT_KAFKA_CLIENT_SASL_JAAS_CONFIG", "scram required username=\"kawat\" password=\"${KAFKA_PW}\";",
                "KAWAT_KAFKA_CLIENT_REQUEST_TIMEOUT_MS", "30000",
                "KAFKA_PW", "pa55word");

        Config config = Config.load(CommonSettings.all(), yaml, env);

        assertThat(config.kafkaClient())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "security.protocol", "SASL_SSL",
                        "sasl.mechanism", "SCRAM-SHA-512",
                        "ssl.truststore.location", "/etc/kawat/truststore.p12",
                        "request.timeout.ms", "30000",
                        "sasl.jaas.config", "scram required username=\"kawat\" password=\"pa55word\";"));
        assertThat(config.describe())
                .contains("kafka.client.security.protocol = SASL_SSL  (file)")
                .contains("kafka.client.request.timeout.ms = 30000  (env KAWAT_KAFKA_CLIENT_REQUEST_TIMEOUT_MS)")
                .contains("kafka.client.sasl.jaas.config = ****  (env KAWAT_KAFKA_CLIENT_SASL_JAAS_CONFIG)")
                .doesNotContain("pa55word");
    }

    @Test
    void shouldRefuseAMissingVariableAndAKeyKawatSetsItself() {
        Map<String, String> env = Map.of(
                "KAWAT_KAFKA_CLIENT_SSL_KEYSTORE_PASSWORD", "${NOT_SET_ANYWHERE}",
                "KAWAT_KAFKA_CLIENT_BOOTSTRAP_SERVERS", "elsewhere:9092");

        assertThatThrownBy(() -> Config.load(CommonSettings.all(), null, env))
                .isInstanceOfSatisfying(
                        ConfigException.class,
                        e -> assertThat(e.problems())
                                .containsExactlyInAnyOrder(
                                        "kafka.client.bootstrap.servers is set by kafka.bootstrap-servers; use that"
                                                + " setting instead",
                                        "kafka.client.ssl.keystore.password names the environment variable"
                                                + " NOT_SET_ANYWHERE, which is not set"));
    }

    @Test
    void shouldMaskKeysThatLookSecret() {
        List.of(
                        "sasl.jaas.config",
                        "ssl.keystore.password",
                        "ssl.key.password",
                        "ssl.keystore.key",
                        "sasl.oauthbearer.client.credentials.client.secret")
                .forEach(key -> assertThat(ClientSettings.secret(key)).as(key).isTrue());
        List.of("security.protocol", "sasl.mechanism", "ssl.keystore.location", "ssl.truststore.type")
                .forEach(key -> assertThat(ClientSettings.secret(key)).as(key).isFalse());
        assertThat(ClientSettings.shown("ssl.key.password", "x")).isEqualTo("****");
    }
}
