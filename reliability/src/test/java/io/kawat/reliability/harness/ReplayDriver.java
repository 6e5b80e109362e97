package io.kawat.reliability.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kawat.bench.gen.BenchSource;
import io.kawat.bench.gen.DocumentBatcher;
import io.kawat.bench.gen.StoryStream;
import io.kawat.bench.gen.StoryVersion;
import io.kawat.bench.gen.TemplateCorpus;
import io.kawat.bench.gen.WireDocument;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.awaitility.Awaitility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates realistic story versions with the bench generator ({@link StoryStream}, default mix: about 5% updates
 * and 1% kills) and pushes them, in documents of 50 items, to ingest's {@code POST /ingest/{sourceId}}. Delivery is
 * at least once: a push that fails (ingest down, connection reset, 5xx) is sent again until ingest accepts it, and
 * ingest must recognise what it already took. The driver keeps at most {@code window} pushed versions ahead of
 * {@code downstream} (e.g. versions enriched), so the replay spans the pipeline's work. Logs progress every 5 s.
 */
public final class ReplayDriver {
    private static final Logger log = LoggerFactory.getLogger(ReplayDriver.class);
    private static final Duration PUSH_DEADLINE = Duration.ofMinutes(5);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

    private final String ingestUrl;
    private final StoryStream stream;
    private final ExpectedVersions expected = new ExpectedVersions();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicLong pushed = new AtomicLong();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private long lastProgress = System.nanoTime();
    private LongSupplier downstream = () -> 0;

    /** A driver whose story ids carry {@code runTag}, generated from {@code seed}. */
    public ReplayDriver(String ingestUrl, long seed, String runTag) {
        this.ingestUrl = ingestUrl;
        this.stream =
                new StoryStream(TemplateCorpus.load(), BenchSource.all(), StoryStream.Mix.defaults(), seed, runTag);
    }

    /** Generates and pushes {@code versions} story versions; returns when ingest has accepted every document. */
    public void run(int versions, LongSupplier downstream, int window) {
        this.downstream = downstream;
        DocumentBatcher batcher = new DocumentBatcher(50);
        for (int i = 0; i < versions; i++) {
            StoryVersion v = stream.next(Instant.now());
            expected.add(v);
            for (WireDocument doc : batcher.add(v)) {
                push(doc);
            }
            if (i % 50 == 49) {
                Awaitility.await("pipeline within " + window + " versions of the driver")
                        .atMost(PUSH_DEADLINE)
                        .pollInSameThread()
                        .pollInterval(Duration.ofMillis(200))
                        .until(() -> {
                            progress();
                            return pushed.get() - downstream.getAsLong() <= window;
                        });
            }
        }
        batcher.flushAll().forEach(this::push);
        log.info("replay sent: {}", describe());
    }

    /** Pushes one document again and again until ingest answers 202. */
    private void push(WireDocument doc) {
        Awaitility.await("ingest accepts a push")
                .atMost(PUSH_DEADLINE)
                .pollInSameThread()
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> tryPush(doc));
    }

    private boolean tryPush(WireDocument doc) throws IOException, InterruptedException {
        progress();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(ingestUrl + "/ingest/" + doc.source().id()))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", doc.contentType())
                .header("Authorization", "Bearer " + ServiceProcesses.PUSH_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(doc.body()))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            retried("push failed: " + e);
            return false;
        }
        if (response.statusCode() >= 500) {
            retried("ingest answered " + response.statusCode() + ": " + response.body());
            return false;
        }
        if (response.statusCode() != 202) {
            throw new IllegalStateException("push of " + doc.versions().size() + " items from "
                    + doc.source().id() + " answered " + response.statusCode() + ": " + response.body());
        }
        JsonNode answer = json.readTree(response.body());
        pushed.addAndGet(doc.versions().size());
        accepted.addAndGet(answer.path("accepted").size());
        unchanged.addAndGet(answer.path("unchanged").size());
        if (!answer.path("rejected").isEmpty()) {
            rejected.addAndGet(answer.path("rejected").size());
            log.warn(
                    "ingest refused {} of {} items from {}: {}",
                    answer.path("rejected").size(),
                    doc.versions().size(),
                    doc.source().id(),
                    answer.path("rejected"));
        }
        return true;
    }

    private void retried(String why) {
        if (retries.incrementAndGet() % 20 == 1) {
            log.info("retrying a push ({} retries so far): {}", retries.get(), why);
        }
    }

    private void progress() {
        if (System.nanoTime() - lastProgress >= PROGRESS_EVERY.toNanos()) {
            lastProgress = System.nanoTime();
            log.info("replay: {}; {} downstream", describe(), downstream.getAsLong());
        }
    }

    /** What the replay generated. */
    public ExpectedVersions expected() {
        return expected;
    }

    /** Items ingest refused (reported, and counted lost downstream). */
    public long rejected() {
        return rejected.get();
    }

    /** Pushes sent again after a failure. */
    public long retries() {
        return retries.get();
    }

    /** A one-line summary, e.g. for logs. */
    public String describe() {
        return String.format(
                java.util.Locale.ROOT,
                "%d versions generated, %d accepted, %d unchanged (re-pushed), " + "%d refused, %d push retries",
                expected.total(),
                accepted.get(),
                unchanged.get(),
                rejected.get(),
                retries.get());
    }
}
