package io.kawat.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kawat.bench.gen.WireDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Pushes documents to ingest's {@code POST /ingest/{sourceId}}, one at a time, in order. */
final class PushSender {

    private static final Logger LOG = LoggerFactory.getLogger(PushSender.class);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String ingestUrl;
    private final String token;
    private final SendStats stats;

    PushSender(String ingestUrl, String token, SendStats stats) {
        this.ingestUrl = ingestUrl;
        this.token = token;
        this.stats = stats;
    }

    /** Pushes one document and records what ingest answered. */
    void send(WireDocument doc) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(ingestUrl + "/ingest/" + doc.source().id()))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", doc.contentType())
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(doc.body()))
                .build();
        stats.sending();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 202) {
                throw new IllegalStateException("push of " + doc.versions().size() + " items from "
                        + doc.source().id() + " answered " + response.statusCode() + ": " + response.body());
            }
            JsonNode answer = json.readTree(response.body());
            int rejected = answer.path("rejected").size();
            if (rejected > 0) {
                LOG.warn(
                        "ingest refused {} of {} items from {}: {}",
                        rejected,
                        doc.versions().size(),
                        doc.source().id(),
                        answer.path("rejected"));
            }
            stats.sent(
                    doc.versions().size(),
                    answer.path("accepted").size(),
                    answer.path("unchanged").size(),
                    rejected,
                    doc.body().length);
        } catch (IOException e) {
            throw new UncheckedIOException("push to " + ingestUrl + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while pushing", e);
        }
    }
}
