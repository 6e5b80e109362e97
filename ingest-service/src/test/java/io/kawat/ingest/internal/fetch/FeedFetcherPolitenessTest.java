package io.kawat.ingest.internal.fetch;

import static io.kawat.ingest.internal.fetch.LoopbackServer.respond;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A minimum interval between requests to one host, kept by asking the sleeper to wait. */
class FeedFetcherPolitenessTest {
    private final FakeTime time = new FakeTime();
    private final FetchPolicy policy =
            TestPolicy.builder().perHostInterval(Duration.ofSeconds(2)).build();

    @Test
    void shouldWaitWhenTwoFetchesToTheSameHostComeCloserThanTheInterval() throws IOException {
        try (LoopbackServer server = new LoopbackServer()) {
            server.route("/", exchange -> respond(exchange, 200, "ok"));
            FeedFetcher fetcher = new FeedFetcher(policy, time, time, new FixedRandom(0.5));

            FetchResult first = fetcher.fetch(new FetchRequest(server.url("/a"), null, null, true, Map.of()));
            time.advance(Duration.ofMillis(500));
            FetchResult second = fetcher.fetch(new FetchRequest(server.url("/b"), null, null, true, Map.of()));

            assertThat(first).isInstanceOf(FetchResult.Fetched.class);
            assertThat(second).isInstanceOf(FetchResult.Fetched.class);
            assertThat(time.sleeps()).containsExactly(Duration.ofMillis(1500));
            assertThat(server.seenPaths()).containsExactly("/a", "/b");
        }
    }

    @Test
    void shouldNotWaitWhenTheFetchesGoToDifferentHostsOrAreFarEnoughApart() {
        RecordingTransport transport = RecordingTransport.offline();
        HostResolver publicNames = host -> List.of(InetAddress.getByName("93.184.216.34"));
        FeedFetcher fetcher = new FeedFetcher(policy, time, time, new FixedRandom(0.5), publicNames, transport);

        fetcher.fetch(FetchRequest.of(URI.create("https://a.example/feed")));
        fetcher.fetch(FetchRequest.of(URI.create("https://b.example/feed")));
        time.advance(Duration.ofSeconds(2));
        fetcher.fetch(FetchRequest.of(URI.create("https://A.example/other")));

        assertThat(time.sleeps()).isEmpty();
        assertThat(transport.attempted()).hasSize(3);
    }

    @Test
    void shouldQueueRequestsWhenSeveralFetchesToOneHostComeAtTheSameInstant() {
        RecordingTransport transport = RecordingTransport.offline();
        HostResolver publicNames = host -> List.of(InetAddress.getByName("93.184.216.34"));
        // a clock that never moves, even while sleeping: each request must reserve the slot after the previous one
        List<Duration> sleeps = new CopyOnWriteArrayList<>();
        FeedFetcher fetcher = new FeedFetcher(
                policy,
                Clock.fixed(FakeTime.START, ZoneOffset.UTC),
                sleeps::add,
                new FixedRandom(0.5),
                publicNames,
                transport);

        for (int i = 0; i < 3; i++) {
            fetcher.fetch(FetchRequest.of(URI.create("https://a.example/feed")));
        }

        assertThat(sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(transport.attempted()).hasSize(3);
    }
}
