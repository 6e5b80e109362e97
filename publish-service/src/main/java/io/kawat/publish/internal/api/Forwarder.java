package io.kawat.publish.internal.api;

import io.javalin.http.Context;
import io.kawat.platform.streams.StreamsRunner;
import io.kawat.publish.internal.topology.PublishStores;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;

/**
 * With several publish instances, the article store lives on the one that owns the compose partition; a read that
 * reaches another instance is forwarded there (once: a forwarded request is never forwarded again) and answered
 * with the owner's status, type and body, plus {@code X-Kawat-Served-By}.
 */
final class Forwarder {
    static final String FORWARDED = "X-Kawat-Forwarded";

    private final StreamsRunner runner;
    private final HostInfo self;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    Forwarder(StreamsRunner runner, HostInfo self) {
        this.runner = runner;
        this.self = self;
    }

    /** Answers {@code ctx} from the owner when this instance does not hold the article store; false otherwise. */
    boolean answeredByOwner(Context ctx) throws IOException, InterruptedException {
        if (self == null || ctx.header(FORWARDED) != null) {
            return false;
        }
        Optional<HostInfo> owner = owner();
        if (owner.isEmpty() || owner.get().equals(self)) {
            return false;
        }
        String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
        URI target =
                URI.create("http://" + owner.get().host() + ":" + owner.get().port() + ctx.path() + query);
        HttpResponse<byte[]> answer = http.send(
                HttpRequest.newBuilder(target)
                        .timeout(Duration.ofSeconds(10))
                        .header(FORWARDED, self.host() + ":" + self.port())
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        ctx.status(answer.statusCode())
                .header(
                        "X-Kawat-Served-By",
                        owner.get().host() + ":" + owner.get().port());
        answer.headers().firstValue("Content-Type").ifPresent(ctx::contentType);
        answer.headers().firstValue("Content-Security-Policy").ifPresent(v -> ctx.header("Content-Security-Policy", v));
        ctx.result(answer.body());
        return true;
    }

    private Optional<HostInfo> owner() {
        return runner.streams().streamsMetadataForStore(PublishStores.ARTICLES).stream()
                .map(StreamsMetadata::hostInfo)
                .filter(h -> h.port() > 0)
                .reduce((a, b) -> a.equals(self) ? a : b);
    }
}
