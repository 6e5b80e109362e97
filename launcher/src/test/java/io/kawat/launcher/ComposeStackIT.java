package io.kawat.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * The production shape on a real container engine: {@code docker-compose.yml} with locally built images (Kafka,
 * Apicurio Registry, ingest, enrich, publish, console; {@code containers/build-images}) brought up with docker-compose; a wire
 * file pushed through ingest's push endpoint on 127.0.0.1 comes back as an article from the publish API; the stack is
 * brought down and nothing of it is left. Ports are published on random loopback ports (8081-8085 and 9092 may be
 * taken), from a copy of the compose file that {@code docker-compose config} resolved.
 *
 * <p>Needs a Docker API ({@code DOCKER_HOST}, e.g. {@code eval "$(scripts/container-engine up)"}) and docker-compose.
 * Without them the test fails, unless {@code KAWAT_SKIP_CONTAINER_TESTS=true} says this machine cannot run containers.
 */
class ComposeStackIT {
    private static final Logger log = LoggerFactory.getLogger(ComposeStackIT.class);
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String SAMPLE = "/io/kawat/launcher/samples/reuters/nato-blinken-brussels.xml";
    private static final String HEADLINE = "Blinken pledges to rebuild ties with NATO allies in Brussels";
    private static final Map<String, Integer> PUBLISHED = Map.of("ingest", 8081, "publish", 8083, "console", 8080);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void shouldPublishAPushedWireFileWhenTheWholeComposeStackRunsOnLocalImages() throws Exception {
        String composeBinary = requireContainers();
        String token = "compose-it-" + UUID.randomUUID();
        Map<String, String> env = new HashMap<>(System.getenv());
        env.putAll(localImages());
        env.put("KAWAT_INGEST_PUSH_TOKEN", token);
        String project = "kawatit" + UUID.randomUUID().toString().substring(0, 8);
        Compose compose = new Compose(composeBinary, project, work, env);
        compose.writeLoopbackCopy(ROOT.resolve("docker-compose.yml"));
        try {
            compose.run(Duration.ofMinutes(8), "up", "-d", "--no-build");
            String ingest = compose.url("ingest", PUBLISHED.get("ingest"));
            String publish = compose.url("publish", PUBLISHED.get("publish"));
            await().atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() ->
                            ready(ingest) && ready(publish) && ready(compose.url("console", PUBLISHED.get("console"))));

            HttpResponse<String> push = push(ingest + "/ingest/reuters", token);
            assertThat(push.statusCode()).as(push.body()).isEqualTo(202);
            JsonNode accepted = json.readTree(push.body()).path("accepted");
            assertThat(accepted).hasSize(1);
            String storyId = accepted.get(0).asText();

            await().atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofSeconds(1))
                    .untilAsserted(() -> {
                        JsonNode article = article(publish + "/api/articles?language=en&limit=50");
                        assertThat(article)
                                .as("an English article with the pushed headline")
                                .isNotNull();
                        assertThat(article.path("pubstatus").asText()).isEqualTo("usable");
                        assertThat(article.path("infosources").findValuesAsText("literal"))
                                .as("credited story")
                                .contains(storyId);
                    });
        } catch (Throwable failure) {
            log.error("compose stack logs (last lines of each service):\n{}", compose.logs());
            throw failure;
        } finally {
            compose.run(Duration.ofMinutes(2), "down", "-v", "--remove-orphans", "-t", "10");
        }
        assertThat(compose.run(Duration.ofMinutes(1), "ps", "-q"))
                .as("containers of the stack left")
                .isBlank();
    }

    /** The docker-compose command, or a clear failure (an explicit skip where containers cannot run). */
    private static String requireContainers() {
        String problem = null;
        String binary = onPath("docker-compose");
        if (binary == null) {
            problem = "docker-compose is not installed";
        } else if (!DockerClientFactory.instance().isDockerAvailable()) {
            problem = "no Docker API answers (DOCKER_HOST=" + System.getenv("DOCKER_HOST") + ")";
        }
        if (problem == null) {
            return binary;
        }
        if ("true".equalsIgnoreCase(System.getenv("KAWAT_SKIP_CONTAINER_TESTS"))) {
            Assumptions.abort("KAWAT_SKIP_CONTAINER_TESTS=true and " + problem);
        }
        return fail("The compose stack test needs containers, but " + problem + ". Start the local engine with"
                + " `eval \"$(scripts/container-engine up)\"` (README, Containers), or set"
                + " KAWAT_SKIP_CONTAINER_TESTS=true on a machine that cannot run containers.");
    }

    /** Builds the local images when missing or stale (fast when they are current) and returns their variables. */
    private Map<String, String> localImages() throws Exception {
        String exports = Compose.exec(
                List.of(ROOT.resolve("containers/build-images").toString()),
                System.getenv(),
                ROOT,
                work.resolve("build-images.log"),
                Duration.ofMinutes(20));
        Map<String, String> images = new HashMap<>();
        exports.lines()
                .filter(line -> line.startsWith("export "))
                .map(line -> line.substring(7).split("=", 2))
                .forEach(pair -> images.put(pair[0], pair[1]));
        assertThat(images).containsKeys("KAWAT_KAFKA_IMAGE", "KAWAT_SCHEMA_REGISTRY_IMAGE", "KAWAT_INGEST_IMAGE");
        log.info("Compose stack on local images: {}", images);
        return images;
    }

    private boolean ready(String base) {
        try {
            return http.send(
                                    HttpRequest.newBuilder(URI.create(base + "/ready"))
                                            .timeout(Duration.ofSeconds(5))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException e) {
            return false; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private HttpResponse<String> push(String url, String token) throws Exception {
        byte[] body;
        try (InputStream in = ComposeStackIT.class.getResourceAsStream(SAMPLE)) {
            body = in.readAllBytes();
        }
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/xml")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The article carrying the pushed headline, or null. */
    private JsonNode article(String url) throws Exception {
        HttpResponse<String> page =
                http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(page.body()).isIn(200, 503);
        if (page.statusCode() != 200) {
            return null;
        }
        for (JsonNode item : json.readTree(page.body()).path("items")) {
            for (JsonNode headline : item.path("headlines")) {
                if (HEADLINE.equals(headline.path("value").asText())) {
                    return item;
                }
            }
        }
        return null;
    }

    private static String onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    /** docker-compose on one project: a copy of the compose file with loopback-only random ports. */
    private record Compose(String binary, String project, Path dir, Map<String, String> env) {
        private Path file() {
            return dir.resolve("docker-compose.yml");
        }

        /** Resolves {@code source} with the environment, then publishes only ingest and publish, on random ports. */
        void writeLoopbackCopy(Path source) throws Exception {
            String resolved = exec(
                    List.of(binary, "-f", source.toString(), "config"),
                    env,
                    dir,
                    dir.resolve("compose-config.log"),
                    Duration.ofMinutes(1));
            YAMLMapper yaml = new YAMLMapper();
            JsonNode config = yaml.readTree(resolved);
            config.path("services").fields().forEachRemaining(service -> {
                ObjectNode definition = (ObjectNode) service.getValue();
                definition.remove("build");
                definition.remove("ports");
                Integer port = PUBLISHED.get(service.getKey());
                if (port != null) {
                    definition.putArray("ports").add("127.0.0.1::" + port);
                }
            });
            yaml.writeValue(file().toFile(), config);
        }

        String run(Duration timeout, String... args) throws Exception {
            List<String> command = new ArrayList<>(List.of(binary, "-p", project, "-f", file().toString()));
            command.addAll(List.of(args));
            return exec(command, env, dir, dir.resolve("compose-" + args[0] + ".log"), timeout);
        }

        /** {@code http://127.0.0.1:<port>} where the service's container port is published. */
        String url(String service, int containerPort) throws Exception {
            String published = run(Duration.ofMinutes(1), "port", service, String.valueOf(containerPort))
                    .strip();
            assertThat(published).as(service + " published on loopback").startsWith("127.0.0.1:");
            return "http://" + published;
        }

        String logs() {
            try {
                return run(Duration.ofMinutes(1), "logs", "--no-color", "--tail=40");
            } catch (Exception | AssertionError e) {
                return "(no logs: " + e.getMessage() + ")";
            }
        }

        /** Runs a command; its standard output, or a failure with the end of its log. */
        static String exec(List<String> command, Map<String, String> env, Path dir, Path log, Duration timeout)
                throws Exception {
            Path out = Files.createTempFile(log.getParent(), "out-", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(log.toFile());
            builder.environment().clear();
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                fail(String.join(" ", command) + " took longer than " + timeout + "; end of its log:\n" + tail(log));
            }
            String output = Files.readString(out, StandardCharsets.UTF_8);
            Files.delete(out);
            if (process.exitValue() != 0) {
                fail(String.join(" ", command) + " exited with " + process.exitValue() + "; end of its log:\n"
                        + tail(log) + output);
            }
            return output;
        }

        private static String tail(Path log) throws IOException {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        }
    }
}
