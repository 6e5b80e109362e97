package io.kawat.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kawat.launcher.internal.Home;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kawat ingest}: pushes wire files through the ingest push endpoint and says what was accepted or refused. */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description =
                "Push wire files (any supported format) to the ingest service; exits 1 when anything was refused.")
final class IngestCommand implements Callable<Integer> {
    @Option(
            names = "--source",
            defaultValue = "operator",
            description =
                    "Source id: a configured source, or a new one named here (display name then comes from the document). Default: ${DEFAULT-VALUE}")
    String source;

    @Option(
            names = "--url",
            defaultValue = "${env:KAWAT_INGEST_URL:-http://127.0.0.1:8081}",
            description = "Ingest service (default: ${DEFAULT-VALUE})")
    String url;

    @Option(
            names = "--home",
            defaultValue = "${env:KAWAT_HOME:-.kawat}",
            description = "Kawat home holding the push token (default: ${DEFAULT-VALUE})")
    Path home;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Wire files to push")
    List<Path> files;

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Integer call() throws IOException, InterruptedException {
        String token = System.getenv().getOrDefault("KAWAT_INGEST_PUSH_TOKEN", "");
        if (token.isEmpty()) {
            token = new Home(home).secrets().getProperty("push-token");
        }
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        int refused = 0;
        for (Path file : files) {
            refused += push(client, token, file);
        }
        Console.line(refused == 0 ? "All accepted." : refused + " refused.");
        return refused == 0 ? 0 : 1;
    }

    private int push(HttpClient client, String token, Path file) throws IOException, InterruptedException {
        if (!Files.isRegularFile(file)) {
            Console.error(file + ": no such file");
            return 1;
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/ingest/" + source))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofFile(file))
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.net.ConnectException e) {
            Console.error(file + ": ingest is not answering at " + url + " (is `kawat up` running?)");
            return 1;
        }
        JsonNode answer = json.readTree(response.body().isEmpty() ? "{}" : response.body());
        if (response.statusCode() != 202) {
            Console.error(file + ": refused (" + response.statusCode() + " "
                    + answer.path("code").asText() + "): "
                    + answer.path("error").asText(response.body()));
            return 1;
        }
        Console.line(file + ": " + answer.path("format").asText() + " from "
                + answer.path("sourceName").asText());
        answer.path("accepted").forEach(id -> Console.line("  accepted  " + id.asText()));
        answer.path("unchanged").forEach(id -> Console.line("  unchanged " + id.asText()));
        answer.path("rejected")
                .forEach(r -> Console.error("  refused   " + r.path("code").asText() + " "
                        + (r.path("guid").isNull() ? "" : r.path("guid").asText() + " ")
                        + r.path("message").asText()));
        return answer.path("rejected").size();
    }
}
