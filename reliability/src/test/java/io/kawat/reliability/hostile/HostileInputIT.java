package io.kawat.reliability.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kawat.ingest.internal.fetch.FetchResult;
import io.kawat.ingest.internal.source.SourceConfig;
import io.kawat.ingest.internal.source.SourceType;
import io.kawat.reliability.Figures;
import io.kawat.reliability.hostile.HostileCase.Door;
import io.kawat.testkit.KawatStack;
import io.kawat.testkit.KawatStackExtension;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input through the three doors of one running ingest service (push endpoint, loopback feeds, drop folder):
 * every case gets a clear answer, the good items beside the bad ones are kept and sanitised, the service stays
 * healthy with its heap bounded. Writes the "hostile-input" section of docs/RELIABILITY.md.
 */
@ExtendWith(KawatStackExtension.class)
class HostileInputIT {
    private static final long HEAP_BOUND = 512L << 20;

    @TempDir
    Path home;

    @Test
    void shouldAnswerEveryHostileInputClearlyAndKeepTheGoodItemsWhenSentThroughEveryDoor(KawatStack stack)
            throws Exception {
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        List<CaseRun> runs = new ArrayList<>();
        List<List<?>> rows = new ArrayList<>();
        AtomicInteger canaryHits = new AtomicInteger();
        long heap;
        int health;
        try (FeedServers servers = new FeedServers()) {
            List<HostileCase> cases = new ArrayList<>(
                    PushCases.all(servers.canary(251, canaryHits).toString()));
            cases.addAll(FeedCases.all());
            cases.addAll(FolderCases.all());
            List<SourceConfig> sources = new ArrayList<>();
            sources.add(new SourceConfig(
                    "drop",
                    "Drop Wire",
                    SourceType.FOLDER,
                    null,
                    inbox,
                    Duration.ofMinutes(5), // the loader's default: folders must still be scanned every 200 ms
                    "en",
                    null,
                    true,
                    false,
                    Map.of()));
            for (HostileCase c : cases) {
                CaseRun run = new CaseRun(c, "case-" + runs.size());
                runs.add(run);
                if (c.door() == Door.FEED) {
                    var payload = c.payload().get();
                    sources.add(new SourceConfig(
                            run.source,
                            c.name(),
                            SourceType.HTTP,
                            servers.serve(20 + runs.size(), payload),
                            null,
                            Duration.ofHours(1),
                            "en",
                            null,
                            true,
                            !"false".equals(payload.headers().get(FeedCases.PRIVATE)),
                            Map.of()));
                } else if (c.door() == Door.FOLDER) {
                    var payload = c.payload().get();
                    run.source = "drop";
                    run.file = payload.headers().get("File");
                    String link = payload.headers().get(FolderCases.LINK);
                    if (link != null) {
                        Files.createSymbolicLink(inbox.resolve(run.file), Path.of(link));
                    } else {
                        Files.write(inbox.resolve(run.file), payload.body());
                    }
                }
            }
            try (IngestRig rig = new IngestRig(stack, sources)) {
                for (CaseRun run : runs) {
                    if (run.hostile.door() == Door.PUSH) {
                        var payload = run.hostile.payload().get();
                        run.source = payload.headers().getOrDefault("X-Test-Source", run.source);
                        HttpResponse<String> answer = rig.push(run.source, payload);
                        run.answer(answer.statusCode(), answer.body());
                    }
                }
                rows.add(slowRow(servers));
                settle(() -> {
                    var stories = rig.stories();
                    return runs.stream().allMatch(r -> r.outcome(rig, inbox) && r.keptPresent(stories));
                });
                runs.forEach(r -> r.outcome(rig, inbox));
                var stories = rig.stories();
                runs.forEach(r -> rows.add(r.evaluate(stories)));
                heap = rig.heapUsedBytes();
                health = rig.get("/health").statusCode();
            }
        }
        long failing = rows.stream().filter(r -> !"ok".equals(r.get(4))).count();
        Figures.section(40, "hostile-input", "Hostile input through ingest's three doors")
                .line("- %d hostile-input cases", rows.size())
                .line("- %d answered as expected, %d not", rows.size() - failing, failing)
                .line(
                        "- heap retained after all cases (ingest runs in the test JVM; after a full GC): %,d MiB (bound %,d MiB);"
                                + " /health answered %d",
                        heap >> 20, HEAP_BOUND >> 20, health)
                .line(
                        "- requests that reached the loopback canary named by every DTD and entity URL: %d",
                        canaryHits.get())
                .line(
                        "- feeds are served from 127.0.0.x loopback servers; redirects to 169.254.169.254 and 10.0.0.1 are"
                                + " refused by the SSRF guard before any connection (KWT-1009, no connect timeout)")
                .table(List.of("door", "case", "answer", "good items kept", "result"), rows)
                .write();

        assertThat(rows).hasSizeGreaterThanOrEqualTo(50);
        assertThat(rows.stream()
                        .filter(r -> !"ok".equals(r.get(4)))
                        .map(r -> r.get(1) + ": " + r.get(2) + " / " + r.get(3)))
                .as("cases answered unlike expected")
                .isEmpty();
        assertThat(canaryHits).as("DTDs and entities fetched").hasValue(0);
        assertThat(health).isEqualTo(200);
        assertThat(heap).as("heap in use after the hostile cases").isLessThan(HEAP_BOUND);
    }

    private static List<?> slowRow(FeedServers servers) {
        SlowFeed.Outcome slow = SlowFeed.fetch(servers, 250);
        String code = slow.result() instanceof FetchResult.Failed f ? f.error().code() : "none";
        boolean ok = "KWT-1001".equals(code) && slow.took().compareTo(Duration.ofSeconds(5)) < 0;
        return List.of(
                "feed (fetcher, 1 s read timeout)",
                "slow server that never answers",
                code + " after " + slow.took().toMillis() + " ms",
                "—",
                ok ? "ok" : "FAILED: expected KWT-1001 within 5 s");
    }

    private static void settle(java.util.concurrent.Callable<Boolean> done) {
        try {
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(300))
                    .until(done);
        } catch (ConditionTimeoutException e) {
            // the rows then show which case never settled; the assertions below fail on them
            org.slf4j.LoggerFactory.getLogger(HostileInputIT.class).warn("Not every case settled: {}", e.getMessage());
        }
    }
}
