package io.kawat.ingest.internal.fetch;

import static io.kawat.ingest.internal.fetch.LoopbackServer.respond;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SSRF guard and the scheme check, decided before any connection. */
class FeedFetcherGuardTest {
    private final FakeTime time = new FakeTime();
    private final FetchPolicy policy = TestPolicy.builder().build();

    /** Resolves a few made-up names; anything else is unknown. Never touches DNS. */
    private static final HostResolver NAMES = host -> switch (host) {
        case "intranet.example" -> List.of(InetAddress.getByName("10.20.30.40"));
        case "metadata.example" -> List.of(InetAddress.getByName("169.254.169.254"));
        case "split.example" -> List.of(InetAddress.getByName("93.184.216.34"), InetAddress.getByName("127.0.0.1"));
        case "public.example" -> List.of(InetAddress.getByName("93.184.216.34"));
        default -> throw new UnknownHostException(host);
    };

    private FetchResult fetchOffline(RecordingTransport transport, String url, boolean allowPrivate) {
        return new FeedFetcher(policy, time, time, new FixedRandom(0.5), NAMES, transport)
                .fetch(new FetchRequest(URI.create(url), null, null, allowPrivate, Map.of()));
    }

    @Test
    void shouldRefuseLoopbackWhenPrivateNetworkAccessIsNotAllowed() throws IOException {
        try (LoopbackServer server = new LoopbackServer()) {
            server.route("/feed", exchange -> respond(exchange, 200, "ok"));
            RecordingTransport transport = RecordingTransport.around(policy);
            FeedFetcher fetcher =
                    new FeedFetcher(policy, time, time, new FixedRandom(0.5), HostResolver.system(), transport);

            FetchResult result = fetcher.fetch(FetchRequest.of(server.url("/feed")));

            FetchResult.Failed failed = (FetchResult.Failed) result;
            assertThat(failed.error()).isEqualTo(FetchError.KWT_1009_BLOCKED_ADDRESS);
            assertThat(failed.permanent()).isTrue();
            assertThat(failed.message())
                    .contains("127.0.0.1, a loopback address")
                    .contains("does not allow private network access");
            assertThat(transport.attempted()).isEmpty();
            assertThat(server.seen()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1/",
                "http://localhost/",
                "http://[::1]/",
                "http://[::ffff:127.0.0.1]/",
                "http://0.0.0.0/",
                "http://[::]/",
                "http://10.1.1.1/",
                "http://100.64.0.1/",
                "http://224.0.0.1/",
                "http://intranet.example/feed",
                "http://metadata.example/",
                "http://split.example/"
            })
    void shouldRefuseBeforeConnectingWhenTheHostIsNotPublic(String url) {
        RecordingTransport transport = RecordingTransport.offline();
        HostResolver resolver = host -> host.endsWith(".example")
                ? NAMES.resolve(host)
                : HostResolver.system().resolve(host);

        FetchResult result = new FeedFetcher(policy, time, time, new FixedRandom(0.5), resolver, transport)
                .fetch(FetchRequest.of(URI.create(url)));

        assertThat(((FetchResult.Failed) result).error()).isEqualTo(FetchError.KWT_1009_BLOCKED_ADDRESS);
        assertThat(transport.attempted()).isEmpty();
    }

    @Test
    void shouldFetchAPrivateHostWhenItsFeedAllowsPrivateNetworkAccess() {
        RecordingTransport transport = RecordingTransport.offline();

        FetchResult result = fetchOffline(transport, "http://intranet.example/feed", true);

        assertThat(result).isInstanceOf(FetchResult.Fetched.class);
        assertThat(transport.attempted()).containsExactly(URI.create("http://intranet.example/feed"));
    }

    @Test
    void shouldRefuseLinkLocalWhenEvenPrivateNetworkAccessIsAllowed() {
        RecordingTransport transport = RecordingTransport.offline();

        FetchResult result = fetchOffline(transport, "http://metadata.example/latest/", true);

        FetchResult.Failed failed = (FetchResult.Failed) result;
        assertThat(failed.error()).isEqualTo(FetchError.KWT_1009_BLOCKED_ADDRESS);
        assertThat(failed.message()).contains("169.254.169.254, a link-local address (never fetched)");
        assertThat(transport.attempted()).isEmpty();
    }

    @Test
    void shouldFetchWhenTheHostIsPublic() {
        RecordingTransport transport = RecordingTransport.offline();

        FetchResult result = fetchOffline(transport, "https://public.example/rss.xml", false);

        assertThat(result).isInstanceOf(FetchResult.Fetched.class);
        assertThat(transport.attempted()).containsExactly(URI.create("https://public.example/rss.xml"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ftp://public.example/feed.xml",
                "file:///etc/passwd",
                "gopher://public.example/",
                "jar:file:/tmp/x.jar!/feed.xml"
            })
    void shouldRefuseWhenTheSchemeIsNotHttp(String url) {
        RecordingTransport transport = RecordingTransport.offline();

        FetchResult result = fetchOffline(transport, url, true);

        FetchResult.Failed failed = (FetchResult.Failed) result;
        assertThat(failed.error()).isEqualTo(FetchError.KWT_1010_BAD_SCHEME);
        assertThat(failed.error().code()).isEqualTo("KWT-1010");
        assertThat(failed.permanent()).isTrue();
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(transport.attempted()).isEmpty();
    }

    @Test
    void shouldRetryThenFailWhenTheHostDoesNotResolve() {
        RecordingTransport transport = RecordingTransport.offline();

        FetchResult result = fetchOffline(transport, "https://nowhere.example/feed", false);

        FetchResult.Failed failed = (FetchResult.Failed) result;
        assertThat(failed.error()).isEqualTo(FetchError.KWT_1011_UNKNOWN_HOST);
        assertThat(failed.permanent()).isFalse();
        assertThat(failed.attempts()).isEqualTo(4);
        assertThat(transport.attempted()).isEmpty();
    }
}
