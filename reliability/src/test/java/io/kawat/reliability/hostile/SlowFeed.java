package io.kawat.reliability.hostile;

import io.kawat.ingest.internal.fetch.FeedFetcher;
import io.kawat.ingest.internal.fetch.FetchPolicy;
import io.kawat.ingest.internal.fetch.FetchRequest;
import io.kawat.ingest.internal.fetch.FetchResult;
import io.kawat.ingest.internal.fetch.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;

/**
 * A feed server that never answers, fetched by ingest's own {@link FeedFetcher} with a 1 s read timeout: the running
 * service's timeouts are fixed at 10 s connect / 30 s idle read with 4 attempts, too long for this suite's budget.
 */
final class SlowFeed {
    private SlowFeed() {}

    /** The fetcher's outcome and how long it took. */
    record Outcome(FetchResult result, Duration took) {}

    static Outcome fetch(FeedServers servers, int hostByte) {
        CountDownLatch release = new CountDownLatch(1);
        var url = servers.serveSlow(hostByte, () -> awaitQuietly(release));
        FetchPolicy policy = new FetchPolicy(
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                1 << 20,
                1 << 20,
                0,
                1,
                Duration.ZERO,
                Duration.ZERO,
                Duration.ZERO,
                "Kawat-reliability");
        FeedFetcher fetcher =
                new FeedFetcher(policy, Clock.systemUTC(), Sleeper.system(), RandomGenerator.getDefault());
        long start = System.nanoTime();
        try {
            FetchResult result = fetcher.fetch(new FetchRequest(url, null, null, true, Map.of()));
            return new Outcome(result, Duration.ofNanos(System.nanoTime() - start));
        } finally {
            release.countDown();
        }
    }

    private static void awaitQuietly(CountDownLatch release) {
        try {
            release.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
