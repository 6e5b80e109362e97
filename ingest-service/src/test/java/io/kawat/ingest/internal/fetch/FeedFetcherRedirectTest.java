package io.kawat.ingest.internal.fetch;

import static io.kawat.ingest.internal.fetch.LoopbackServer.respond;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Redirects: the cap, the SSRF guard on every hop, and credentials that stay with their origin. */
class FeedFetcherRedirectTest {
    private LoopbackServer server;
    private final FakeTime time = new FakeTime();
    private final FetchPolicy policy = TestPolicy.builder().build();
    private final RecordingTransport transport = RecordingTransport.around(policy);
    private final FeedFetcher fetcher =
            new FeedFetcher(policy, time, time, new FixedRandom(0.5), HostResolver.system(), transport);

    @BeforeEach
    void startServer() throws IOException {
        server = new LoopbackServer();
        // /r/N redirects to /r/N-1; /r/0 answers
        server.route("/r/", exchange -> {
            int n = Integer.parseInt(exchange.getRequestURI().getPath().substring(3));
            if (n == 0) {
                respond(exchange, 200, "final");
            } else {
                exchange.getResponseHeaders().add("Location", "/r/" + (n - 1));
                respond(exchange, 302, "");
            }
        });
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private FetchResult fetch(URI url, Map<String, String> headers) {
        return fetcher.fetch(new FetchRequest(url, null, null, true, headers));
    }

    @Test
    void shouldFollowRedirectsWhenThereAreFewerThanTheCap() {
        FetchResult result = fetch(server.url("/r/3"), Map.of());

        FetchResult.Fetched fetched = (FetchResult.Fetched) result;
        assertThat(new String(fetched.body(), StandardCharsets.UTF_8)).isEqualTo("final");
        assertThat(fetched.finalUrl()).isEqualTo(server.url("/r/0"));
        assertThat(fetched.attempts()).isEqualTo(1);
        assertThat(server.seenPaths()).containsExactly("/r/3", "/r/2", "/r/1", "/r/0");
    }

    @Test
    void shouldFailPermanentlyWhenThereAreMoreRedirectsThanTheCap() {
        FetchResult result = fetch(server.url("/r/6"), Map.of());

        FetchResult.Failed failed = (FetchResult.Failed) result;
        assertThat(failed.error()).isEqualTo(FetchError.KWT_1008_TOO_MANY_REDIRECTS);
        assertThat(failed.permanent()).isTrue();
        assertThat(failed.httpStatus()).isEqualTo(302);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(server.seenPaths()).containsExactly("/r/6", "/r/5", "/r/4", "/r/3", "/r/2", "/r/1");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://10.0.0.1/feed",
                "http://169.254.169.254/latest/meta-data/",
                "http://192.168.1.1/",
                "http://[fd00::1]/",
                "http://[::ffff:a9fe:a9fe]/",
                "http://0.0.0.0/"
            })
    void shouldRefuseBeforeConnectingWhenALoopbackFeedRedirectsToAnotherPrivateAddress(String target) {
        server.route("/evil", exchange -> {
            exchange.getResponseHeaders().add("Location", target);
            respond(exchange, 302, "");
        });

        FetchResult result = fetch(server.url("/evil"), Map.of());

        FetchResult.Failed failed = (FetchResult.Failed) result;
        assertThat(failed.error()).isEqualTo(FetchError.KWT_1009_BLOCKED_ADDRESS);
        assertThat(failed.error().code()).isEqualTo("KWT-1009");
        assertThat(failed.permanent()).isTrue();
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(transport.attempted()).containsExactly(server.url("/evil"));
    }

    @Test
    void shouldRefuseWhenARedirectLeavesHttp() {
        server.route("/to-file", exchange -> {
            exchange.getResponseHeaders().add("Location", "file:///etc/passwd");
            respond(exchange, 301, "");
        });

        FetchResult.Failed failed = (FetchResult.Failed) fetch(server.url("/to-file"), Map.of());

        assertThat(failed.error()).isEqualTo(FetchError.KWT_1010_BAD_SCHEME);
        assertThat(transport.attempted()).containsExactly(server.url("/to-file"));
    }

    @Test
    void shouldFailPermanentlyWhenARedirectHasNoLocation() {
        server.route("/nowhere", exchange -> respond(exchange, 307, ""));

        FetchResult.Failed failed = (FetchResult.Failed) fetch(server.url("/nowhere"), Map.of());

        assertThat(failed.error()).isEqualTo(FetchError.KWT_1012_BAD_REDIRECT);
        assertThat(failed.httpStatus()).isEqualTo(307);
        assertThat(failed.permanent()).isTrue();
    }

    @Test
    void shouldKeepCredentialsWhenARedirectStaysOnTheSameOrigin() {
        FetchResult result = fetch(server.url("/r/1"), Map.of("Authorization", "Bearer same-origin-token"));

        assertThat(result).isInstanceOf(FetchResult.Fetched.class);
        assertThat(server.seen())
                .extracting(s -> s.header("Authorization"))
                .containsExactly("Bearer same-origin-token", "Bearer same-origin-token");
    }

    @Test
    void shouldDropCredentialsWhenARedirectLeavesTheOrigin() throws IOException {
        try (LoopbackServer other = new LoopbackServer()) {
            other.route("/feed", exchange -> respond(exchange, 200, "elsewhere"));
            server.route("/away", exchange -> {
                exchange.getResponseHeaders().add("Location", other.url("/feed").toString());
                respond(exchange, 302, "");
            });

            FetchResult result = fetch(server.url("/away"), Map.of("Authorization", "Bearer origin-only-token"));

            assertThat(new String(((FetchResult.Fetched) result).body(), StandardCharsets.UTF_8))
                    .isEqualTo("elsewhere");
            assertThat(server.seen().get(0).header("Authorization")).isEqualTo("Bearer origin-only-token");
            assertThat(other.seen().get(0).header("Authorization")).isNull();
            assertThat(other.seen().get(0).header("User-Agent")).isEqualTo("Kawat-Test/1.0");
        }
    }
}
