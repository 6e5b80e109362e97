package io.kawat.ingest.internal.fetch;

import static io.kawat.ingest.internal.fetch.LoopbackServer.respond;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Retries with backoff on 5xx, 429, timeouts and I/O errors; permanent failure on other 4xx. */
class FeedFetcherRetryTest {
    private LoopbackServer server;
    private final FakeTime time = new FakeTime();
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void startServer() throws IOException {
        server = new LoopbackServer();
    }

    @AfterEach
    void stopServer() {
        release.countDown();
        server.close();
    }

    private FetchResult fetch(TestPolicy policy, RandomGenerator random, URI url) {
        return new FeedFetcher(policy.build(), time, time, random)
                .fetch(new FetchRequest(url, null, null, true, Map.of()));
    }

    /** Answers the given statuses in turn, then 200 "ok". */
    private void serveStatuses(String path, int... statuses) {
        AtomicInteger calls = new AtomicInteger();
        server.route(path, exchange -> {
            int call = calls.getAndIncrement();
            respond(exchange, call < statuses.length ? statuses[call] : 200, call < statuses.length ? "" : "ok");
        });
    }

    @Test
    void shouldSucceedAfterGrowingBackoffWhenTheServerAnswers503Twice() {
        serveStatuses("/flaky", 503, 503);

        FetchResult result = fetch(TestPolicy.builder(), new FixedRandom(0.5), server.url("/flaky"));

        assertThat(result).isInstanceOf(FetchResult.Fetched.class);
        assertThat(result.attempts()).isEqualTo(3);
        // ceilings 1 s then 2 s, times the jitter fraction 0.5
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
        assertThat(server.seenPaths()).hasSize(3);
    }

    @Test
    void shouldKeepEveryWaitUnderItsCeilingWhenJitterIsRandom() {
        serveStatuses("/down", 500, 502, 503, 504, 500);

        FetchResult result = fetch(
                TestPolicy.builder().maxAttempts(5).backoff(Duration.ofSeconds(1), Duration.ofMillis(2500)),
                new SplittableRandom(42),
                server.url("/down"));

        FetchResult.Failed failed = (FetchResult.Failed) result;
        assertThat(failed.error()).isEqualTo(FetchError.KWT_1003_HTTP_5XX);
        assertThat(failed.permanent()).isFalse();
        assertThat(failed.httpStatus()).isEqualTo(500);
        assertThat(failed.attempts()).isEqualTo(5);
        assertThat(time.sleeps()).hasSize(4);
        long[] ceilings = {1000, 2000, 2500, 2500};
        for (int i = 0; i < ceilings.length; i++) {
            assertThat(time.sleeps().get(i).toMillis()).isBetween(0L, ceilings[i]);
        }
        assertThat(time.sleeps()).doesNotHaveDuplicates();
    }

    @Test
    void shouldWaitExactlyTheRetryAfterWhenRateLimited() {
        AtomicInteger calls = new AtomicInteger();
        server.route("/limited", exchange -> {
            if (calls.getAndIncrement() == 0) {
                exchange.getResponseHeaders().add("Retry-After", "7");
                respond(exchange, 429, "");
            } else {
                respond(exchange, 200, "ok");
            }
        });

        FetchResult result = fetch(TestPolicy.builder(), new FixedRandom(0.5), server.url("/limited"));

        assertThat(result).isInstanceOf(FetchResult.Fetched.class);
        assertThat(result.attempts()).isEqualTo(2);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void shouldWaitUntilTheRetryAfterDateWhenTheServerGivesADate() {
        String in30s = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                FakeTime.START.plusSeconds(30).atOffset(ZoneOffset.UTC));
        AtomicInteger calls = new AtomicInteger();
        server.route("/maintenance", exchange -> {
            if (calls.getAndIncrement() == 0) {
                exchange.getResponseHeaders().add("Retry-After", in30s);
                respond(exchange, 503, "");
            } else {
                respond(exchange, 200, "ok");
            }
        });

        FetchResult result = fetch(TestPolicy.builder(), new FixedRandom(0.5), server.url("/maintenance"));

        assertThat(result).isInstanceOf(FetchResult.Fetched.class);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(30));
    }

    @Test
    void shouldGiveUpWithoutWaitingWhenRetryAfterIsLongerThanTheLargestBackoff() {
        server.route("/later", exchange -> {
            exchange.getResponseHeaders().add("Retry-After", "3600");
            respond(exchange, 429, "");
        });

        FetchResult.Failed failed =
                (FetchResult.Failed) fetch(TestPolicy.builder(), new FixedRandom(0.5), server.url("/later"));

        assertThat(failed.error()).isEqualTo(FetchError.KWT_1004_RATE_LIMITED);
        assertThat(failed.permanent()).isFalse();
        assertThat(failed.httpStatus()).isEqualTo(429);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.message()).contains("asks to wait 3600 s");
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void shouldFailPermanentlyAfterOneAttemptWhenTheFeedIsNotFound() {
        serveStatuses("/gone", 404);

        FetchResult.Failed failed =
                (FetchResult.Failed) fetch(TestPolicy.builder(), new FixedRandom(0.5), server.url("/gone"));

        assertThat(failed.error()).isEqualTo(FetchError.KWT_1005_HTTP_4XX);
        assertThat(failed.permanent()).isTrue();
        assertThat(failed.httpStatus()).isEqualTo(404);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.message()).isEqualTo("HTTP 404 from " + server.url("/gone"));
        assertThat(time.sleeps()).isEmpty();
        assertThat(server.seenPaths()).hasSize(1);
    }

    @Test
    void shouldRetryThenFailWithTimeoutWhenTheServerNeverAnswers() {
        server.route("/stuck", exchange -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        FetchResult result = fetch(
                TestPolicy.builder().readTimeout(Duration.ofMillis(300)).maxAttempts(2),
                new FixedRandom(0.5),
                server.url("/stuck"));

        FetchResult.Failed failed = (FetchResult.Failed) result;
        assertThat(failed.error()).isEqualTo(FetchError.KWT_1001_TIMEOUT);
        assertThat(failed.error().code()).isEqualTo("KWT-1001");
        assertThat(failed.permanent()).isFalse();
        assertThat(failed.httpStatus()).isNull();
        assertThat(failed.attempts()).isEqualTo(2);
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500));
    }

    @Test
    void shouldFailWithTimeoutWhenTheBodyStallsAfterTheHeaders() {
        server.route("/stall", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            exchange.getResponseBody().write(new byte[1000]);
            exchange.getResponseBody().flush();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        FetchResult result = fetch(
                TestPolicy.builder().readTimeout(Duration.ofMillis(300)).maxAttempts(1),
                new FixedRandom(0.5),
                server.url("/stall"));

        FetchResult.Failed failed = (FetchResult.Failed) result;
        assertThat(failed.error()).isEqualTo(FetchError.KWT_1001_TIMEOUT);
        assertThat(failed.message()).contains("no progress from " + server.url("/stall") + " for 300 ms");
        assertThat(failed.attempts()).isEqualTo(1);
    }

    @Test
    void shouldRetryThenFailWithIoErrorWhenNothingListens() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        FetchResult result = fetch(
                TestPolicy.builder().maxAttempts(3),
                new FixedRandom(0.5),
                URI.create("http://127.0.0.1:" + closedPort + "/feed"));

        FetchResult.Failed failed = (FetchResult.Failed) result;
        assertThat(failed.error()).isEqualTo(FetchError.KWT_1002_IO);
        assertThat(failed.permanent()).isFalse();
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
    }
}
