package io.kawat.devstack;

import io.kawat.devstack.internal.Distribution;
import io.kawat.devstack.internal.Readiness;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Apicurio Registry (from its Maven Central distribution) as a child process on 127.0.0.1, with its H2 database in
 * the data directory so that schema ids survive a restart. Kawat talks to its Confluent-compatible API.
 */
public final class ApicurioRegistry extends StackComponent {
    private static final Logger log = LoggerFactory.getLogger(ApicurioRegistry.class);
    private static final String CONFLUENT_API = "/apis/ccompat/v7";

    private final Path dataDir;
    private final Path cacheDir;
    private final int port;

    public ApicurioRegistry(Path dataDir, Path cacheDir, int port, boolean stopOnJvmExit) {
        super(stopOnJvmExit);
        this.dataDir = dataDir;
        this.cacheDir = cacheDir;
        this.port = port;
    }

    /** Base URL of the Confluent-compatible REST API, e.g. {@code http://127.0.0.1:8085/apis/ccompat/v7}. */
    public String confluentApiUrl() {
        return "http://127.0.0.1:" + port + CONFLUENT_API;
    }

    public int port() {
        return port;
    }

    public ApicurioRegistry start(Duration timeout) {
        Ports.requireFree(port, "Schema registry", "KAWAT_REGISTRY_PORT");
        Path runner = Distribution.apicurioRunner(cacheDir);
        List<String> command = ChildProcess.javaJarCommand(
                List.of(
                        "-Xms64m",
                        "-Xmx384m",
                        "-XX:+UseSerialGC",
                        "-Dquarkus.http.host=127.0.0.1",
                        "-Dquarkus.http.port=" + port,
                        "-Dquarkus.log.level=WARN",
                        "-Dquarkus.banner.enabled=false"),
                runner);
        Map<String, String> env = Map.of(
                "REGISTRY_DATASOURCE_URL",
                "jdbc:h2:file:" + dataDir.resolve("registry").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE");
        process = ChildProcess.start(
                "apicurio-registry", command, env, runner.getParent(), dataDir.resolve("registry.log"), stopOnJvmExit);
        Readiness.await("Schema registry on " + confluentApiUrl(), process, timeout, this::answers);
        log.info("Apicurio Registry {} ready at {} (data in {})", Versions.apicurio(), confluentApiUrl(), dataDir);
        return this;
    }

    private boolean answers() {
        if (!Ports.isListening(port)) {
            return false;
        }
        try {
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(1))
                    .build();
            HttpResponse<Void> response = client.send(
                    HttpRequest.newBuilder(URI.create(confluentApiUrl() + "/subjects"))
                            .timeout(Duration.ofSeconds(2))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
