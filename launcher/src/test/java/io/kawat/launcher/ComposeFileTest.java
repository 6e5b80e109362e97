package io.kawat.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.kawat.enrich.EnrichSettings;
import io.kawat.ingest.IngestSettings;
import io.kawat.platform.config.Setting;
import io.kawat.publish.PublishSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docker-compose.yml stays true to the code: images or builds, known settings, the documented ports. */
class ComposeFileTest {
    private static final Path COMPOSE = Path.of("..", "docker-compose.yml");

    private final JsonNode services = read().path("services");

    @Test
    void shouldGiveEveryServiceAnImageOrABuild() {
        assertThat(services.size()).isGreaterThanOrEqualTo(7);
        services.fields()
                .forEachRemaining(s -> assertThat(
                                s.getValue().has("image") || s.getValue().has("build"))
                        .as(s.getKey())
                        .isTrue());
    }

    @Test
    void shouldOnlySetEnvironmentKeysTheServicesDeclare() {
        Set<String> known = new HashSet<>();
        Stream.of(IngestSettings.all(), EnrichSettings.all(), PublishSettings.all())
                .flatMap(List::stream)
                .map(Setting::envVar)
                .forEach(known::add);
        Stream.of(io.kawat.console.ConsoleSettings.all(), io.kawat.translate.TranslateSettings.all())
                .flatMap(List::stream)
                .map(Setting::envVar)
                .forEach(known::add);
        for (String service : List.of("ingest", "enrich", "publish", "translate", "console")) {
            services.path(service)
                    .path("environment")
                    .fieldNames()
                    .forEachRemaining(key ->
                            assertThat(known).as(service + " sets " + key).contains(key));
        }
    }

    @Test
    void shouldPublishTheDocumentedPortsOnLoopback() {
        Map<String, Integer> ports = Map.of(
                "ingest",
                IngestSettings.PORT.parser().apply(IngestSettings.PORT.defaultText()),
                "enrich",
                EnrichSettings.PORT.parser().apply(EnrichSettings.PORT.defaultText()),
                "publish",
                PublishSettings.PORT.parser().apply(PublishSettings.PORT.defaultText()),
                "schema-registry",
                8085,
                "console",
                8080,
                "translate",
                8084);
        ports.forEach((service, port) -> assertThat(
                        services.path(service).path("ports").get(0).asText())
                .isEqualTo("127.0.0.1:" + port + ":" + port));
        assertThat(services.path("kafka").path("ports").get(0).asText()).startsWith("127.0.0.1:9092:");
    }

    @Test
    void shouldMakeEveryImageOverridable() {
        services.fields()
                .forEachRemaining(s -> assertThat(s.getValue().path("image").asText())
                        .as(s.getKey())
                        .startsWith("${KAWAT_"));
    }

    @Test
    void shouldPassDockerComposeConfigWhereDockerComposeIsInstalled() throws Exception {
        Path binary = Path.of("/usr/bin/docker-compose");
        if (!Files.isExecutable(binary)) {
            return; // Debian's docker-compose is not installed here; the checks above still hold
        }
        Process check = new ProcessBuilder(binary.toString(), "-f", COMPOSE.toString(), "config", "-q")
                .redirectErrorStream(true)
                .start();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(output).isZero();
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(COMPOSE.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
