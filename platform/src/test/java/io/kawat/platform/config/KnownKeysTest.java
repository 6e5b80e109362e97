package io.kawat.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownKeysTest {

    @TempDir
    Path dir;

    private static List<String> problems(Runnable load) {
        try {
            load.run();
            return List.of();
        } catch (ConfigException e) {
            return e.problems();
        }
    }

    @Test
    void shouldRefuseAnUnknownFileKeyNamingTheClosestKnownOne() throws Exception {
        Path yaml = Files.writeString(
                dir.resolve("kawat.yaml"), "kafka:\n  bootstrap-server: a:1\ntopics:\n  prefix: t.\n");

        assertThatThrownBy(() -> Config.load(CommonSettings.all(), yaml, Map.of()))
                .isInstanceOfSatisfying(
                        ConfigException.class,
                        e -> assertThat(e.problems())
                                .containsExactly("unknown setting kafka.bootstrap-server in the configuration file"
                                        + " (did you mean kafka.bootstrap-servers?)"));
    }

    @Test
    void shouldRefuseAnUnknownKawatVariableNamingTheClosestKnownOne() {
        Map<String, String> env = Map.of("KAWAT_PUBLISH_EDITION", "en", "PATH", "/usr/bin");

        assertThat(problems(() -> Config.load(CommonSettings.all(), null, env)))
                .containsExactly("unknown environment variable KAWAT_PUBLISH_EDITION: no Kawat setting has it"
                        + " (did you mean KAWAT_PUBLISH_EDITIONS?)");
    }

    @Test
    void shouldKnowTheSettingsOfEveryCatalogOnTheClassPath() throws Exception {
        // publish.editions is platform's (Editions), declared by no setting passed here
        Path yaml = Files.writeString(dir.resolve("kawat.yaml"), "publish:\n  editions: en\n");

        assertThat(problems(() -> Config.load(CommonSettings.all(), yaml, Map.of("KAWAT_PUBLISH_EDITIONS", "en,es"))))
                .isEmpty();
    }

    @Test
    void shouldPassKafkaClientSettingsThrough() throws Exception {
        Path yaml = Files.writeString(
                dir.resolve("kawat.yaml"), "kafka:\n  client:\n    security.protocol: SSL\n    linger.ms: 5\n");
        Map<String, String> env = Map.of("KAWAT_KAFKA_CLIENT_SASL_MECHANISM", "PLAIN");

        assertThat(problems(() -> Config.load(CommonSettings.all(), yaml, env))).isEmpty();
    }

    @Test
    void shouldAcceptTheVariablesThatAreNotSettings() {
        Map<String, String> env = Map.of(
                "KAWAT_TEST_BOOTSTRAP_SERVERS", "127.0.0.1:1",
                "KAWAT_COMPOSE_REGISTRY_URL", "http://registry",
                "KAWAT_KAFKA_IMAGE", "apache/kafka:4.1.1",
                "KAWAT_CONTAINERS_DIR", "/var/tmp/kawat-containers",
                "KAWAT_SKIP_CONTAINER_TESTS", "true",
                "KAWAT_TRAINING_DATA", "/work/cache",
                "KAWAT_HOME", ".kawat",
                "KAWAT_JAVA_OPTS", "-Xmx1g");

        assertThat(problems(() -> Config.load(CommonSettings.all(), null, env))).isEmpty();
    }

    @Test
    void shouldMeasureEditDistance() {
        assertThat(KnownKeys.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(KnownKeys.closest("topics.prefx", List.of("topics.partitions", "topics.prefix")))
                .isEqualTo("topics.prefix");
    }

    @Test
    void shouldNormaliseEditionsToOneLowerCaseList() throws Exception {
        Path yaml = Files.writeString(dir.resolve("kawat.yaml"), "publish:\n  editions: \" EN, Id ,es,en\"\n");

        Config config = Config.load(List.of(Editions.SETTING), yaml, Map.of());

        assertThat(config.get(Editions.SETTING)).containsExactly("en", "id", "es");
        assertThat(problems(() -> Config.load(List.of(Editions.SETTING), null, Map.of("KAWAT_PUBLISH_EDITIONS", ","))))
                .singleElement()
                .asString()
                .startsWith("publish.editions must be one or more language codes");
    }
}
