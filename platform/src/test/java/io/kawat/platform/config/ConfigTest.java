package io.kawat.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {
    private static final Setting<Integer> PORT = Setting.port("ingest.port", 8081, "push endpoint port");
    private static final Setting<String> URL = Setting.string("kafka.bootstrap-servers", "127.0.0.1:9092", "Kafka");
    private static final Setting<String> TOKEN = Setting.secret("security.push-token", "", "push token");
    private static final Setting<Duration> POLL = Setting.duration("poll.interval", "5m", "poll interval");

    @TempDir
    Path dir;

    @Test
    void shouldLayerDefaultsThenFileThenEnvironment() throws Exception {
        Path yaml = Files.writeString(
                dir.resolve("kawat.yaml"), "ingest:\n  port: 9001\nkafka:\n  bootstrap-servers: a:1\n");

        Config config =
                Config.load(List.of(PORT, URL, TOKEN, POLL), yaml, Map.of("KAWAT_KAFKA_BOOTSTRAP_SERVERS", "b:2"));

        assertThat(config.get(PORT)).isEqualTo(9001);
        assertThat(config.get(URL)).isEqualTo("b:2");
        assertThat(config.get(POLL)).isEqualTo(Duration.ofMinutes(5));
        assertThat(config.describe())
                .contains(
                        "ingest.port = 9001  (file)",
                        "kafka.bootstrap-servers = b:2  (env KAWAT_KAFKA_BOOTSTRAP_SERVERS)");
    }

    @Test
    void shouldListEveryProblemWhenSeveralSettingsAreInvalid() {
        Map<String, String> env = Map.of("KAWAT_INGEST_PORT", "99999", "KAWAT_POLL_INTERVAL", "5 fortnights");
        Setting<String> required = Setting.string("registry.url", null, "registry");

        assertThatThrownBy(() -> Config.load(List.of(PORT, POLL, required), null, env))
                .isInstanceOfSatisfying(
                        ConfigException.class,
                        e -> assertThat(e.problems())
                                .hasSize(3)
                                .anySatisfy(
                                        p -> assertThat(p).startsWith("ingest.port must be a port between 0 and 65535"))
                                .anySatisfy(
                                        p -> assertThat(p).startsWith("poll.interval = '5 fortnights' is not valid"))
                                .anySatisfy(p -> assertThat(p).startsWith("registry.url is required")));
    }

    @Test
    void shouldMaskSecretsWhenDescribed() {
        Config config = Config.load(List.of(TOKEN), null, Map.of("KAWAT_SECURITY_PUSH_TOKEN", "s3cr3t-value"));

        assertThat(config.get(TOKEN)).isEqualTo("s3cr3t-value");
        assertThat(config.describe()).contains("security.push-token = ****").doesNotContain("s3cr3t-value");
    }

    @Test
    void shouldReportAMissingFile() {
        assertThatThrownBy(() -> Config.load(List.of(PORT), dir.resolve("absent.yaml"), Map.of()))
                .hasMessageContaining("absent.yaml does not exist");
    }

    @Test
    void shouldDeriveEnvironmentVariableFromKey() {
        assertThat(URL.envVar()).isEqualTo("KAWAT_KAFKA_BOOTSTRAP_SERVERS");
    }
}
