package io.kawat.ingest.internal.fetch;

import static io.kawat.ingest.internal.fetch.LoopbackServer.respond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Conditional GET, headers, decompression and size caps against a loopback server. */
class FeedFetcherHttpTest {
    private static final String RSS = "<rss version=\"2.0\"><channel><title>Wire</title></channel></rss>";

    private LoopbackServer server;
    private final FakeTime time = new FakeTime();

    @BeforeEach
    void startServer() throws IOException {
        server = new LoopbackServer();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private FetchResult fetch(TestPolicy policy, URI url) {
        return new FeedFetcher(policy.build(), time, time, new FixedRandom(0.5))
                .fetch(new FetchRequest(url, null, null, true, Map.of()));
    }

    @Test
    void shouldAnswerNotModifiedWhenTheConditionalRequestMatchesTheValidatorsOfTheFirstAnswer() {
        server.route("/feed", exchange -> {
            boolean fresh = "\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"));
            exchange.getResponseHeaders().add("ETag", "\"v1\"");
            exchange.getResponseHeaders().add("Last-Modified", "Sat, 01 Mar 2025 07:00:00 GMT");
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
            respond(exchange, fresh ? 304 : 200, fresh ? "" : RSS);
        });
        FeedFetcher fetcher = new FeedFetcher(TestPolicy.builder().build(), time, time, new FixedRandom(0.5));

        FetchResult first = fetcher.fetch(new FetchRequest(server.url("/feed"), null, null, true, Map.of()));
        FetchResult.Fetched fetched = (FetchResult.Fetched) first;
        FetchResult second = fetcher.fetch(
                new FetchRequest(server.url("/feed"), fetched.etag(), fetched.lastModified(), true, Map.of()));

        assertThat(new String(fetched.body(), StandardCharsets.UTF_8)).isEqualTo(RSS);
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.contentType()).isEqualTo("application/rss+xml; charset=utf-8");
        assertThat(fetched.etag()).isEqualTo("\"v1\"");
        assertThat(fetched.lastModified()).isEqualTo("Sat, 01 Mar 2025 07:00:00 GMT");
        assertThat(fetched.finalUrl()).isEqualTo(server.url("/feed"));
        assertThat(fetched.attempts()).isEqualTo(1);
        assertThat(second).isEqualTo(new FetchResult.NotModified(1));
        assertThat(server.seen().get(0).header("If-None-Match")).isNull();
        assertThat(server.seen().get(1).header("If-None-Match")).isEqualTo("\"v1\"");
        assertThat(server.seen().get(1).header("If-Modified-Since")).isEqualTo("Sat, 01 Mar 2025 07:00:00 GMT");
    }

    @Test
    void shouldSendUserAgentAndAcceptEncodingWhenFetching() {
        server.route("/feed", exchange -> respond(exchange, 200, RSS));

        fetch(TestPolicy.builder(), server.url("/feed"));

        assertThat(server.seen().get(0).header("User-Agent")).isEqualTo("Kawat-Test/1.0");
        assertThat(server.seen().get(0).header("Accept-Encoding")).isEqualTo("gzip, deflate");
        assertThat(server.seen().get(0).header("Accept")).startsWith("application/rss+xml");
    }

    @Test
    void shouldDecodeTheBodyWhenTheServerSendsGzip() {
        server.route("/feed", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            respond(exchange, 200, gzip(RSS.getBytes(StandardCharsets.UTF_8)));
        });

        FetchResult result = fetch(TestPolicy.builder(), server.url("/feed"));

        assertThat(result).isInstanceOf(FetchResult.Fetched.class);
        assertThat(new String(((FetchResult.Fetched) result).body(), StandardCharsets.UTF_8))
                .isEqualTo(RSS);
    }

    @Test
    void shouldDecodeTheBodyWhenTheServerSendsZlibDeflate() {
        server.route("/feed", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "deflate");
            respond(exchange, 200, deflate(RSS.getBytes(StandardCharsets.UTF_8)));
        });

        FetchResult result = fetch(TestPolicy.builder(), server.url("/feed"));

        assertThat(new String(((FetchResult.Fetched) result).body(), StandardCharsets.UTF_8))
                .isEqualTo(RSS);
    }

    @Test
    void shouldRefuseTheBodyWhenGzipDecompressesPastTheCap() {
        byte[] bomb = gzip(new byte[1_000_000]);
        server.route("/bomb", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            respond(exchange, 200, bomb);
        });

        FetchResult result = fetch(TestPolicy.builder().maxDecompressedBytes(100 * 1024), server.url("/bomb"));

        assertThat(bomb.length).isLessThan(10_000);
        FetchResult.Failed failed = (FetchResult.Failed) result;
        assertThat(failed.error()).isEqualTo(FetchError.KWT_1007_DECOMPRESSION_BOMB);
        assertThat(failed.error().code()).isEqualTo("KWT-1007");
        assertThat(failed.permanent()).isTrue();
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.message()).contains("past the cap of 102400 bytes");
    }

    @Test
    void shouldRefuseTheBodyWhenTheServerUsesAnEncodingNotAskedFor() {
        server.route("/br", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "br");
            respond(exchange, 200, RSS);
        });

        FetchResult.Failed failed = (FetchResult.Failed) fetch(TestPolicy.builder(), server.url("/br"));

        assertThat(failed.error()).isEqualTo(FetchError.KWT_1014_BAD_ENCODING);
        assertThat(failed.message()).contains("unsupported Content-Encoding 'br'");
    }

    @Test
    void shouldRefuseWithoutReadingWhenTheAnnouncedLengthIsOverTheCap() {
        server.route("/big", exchange -> {
            exchange.sendResponseHeaders(200, 50L * 1024 * 1024);
            writeUntilRefused(exchange.getResponseBody(), 50L * 1024 * 1024, new AtomicLong());
        });

        FetchResult.Failed failed =
                (FetchResult.Failed) fetch(TestPolicy.builder().maxBodyBytes(100 * 1024), server.url("/big"));

        assertThat(failed.error()).isEqualTo(FetchError.KWT_1006_TOO_LARGE);
        assertThat(failed.permanent()).isTrue();
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.message()).contains("announces a body of 52428800 bytes");
    }

    @Test
    void shouldStopReadingWhenAnUnannouncedBodyPassesTheCap() {
        long endless = 1024L * 1024 * 1024;
        AtomicLong written = new AtomicLong();
        AtomicBoolean cutOff = new AtomicBoolean();
        server.route("/stream", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            cutOff.set(!writeUntilRefused(exchange.getResponseBody(), endless, written));
        });

        FetchResult.Failed failed =
                (FetchResult.Failed) fetch(TestPolicy.builder().maxBodyBytes(100 * 1024), server.url("/stream"));

        assertThat(failed.error()).isEqualTo(FetchError.KWT_1006_TOO_LARGE);
        assertThat(failed.message()).contains("stopped reading");
        await().atMost(Duration.ofSeconds(10)).untilTrue(cutOff);
        assertThat(written.get()).isLessThan(endless / 4);
    }

    /** Writes up to {@code total} bytes; false when the client closed the connection first. */
    private static boolean writeUntilRefused(OutputStream out, long total, AtomicLong written) {
        byte[] chunk = new byte[64 * 1024];
        try (out) {
            while (written.get() < total) {
                out.write(chunk);
                written.addAndGet(chunk.length);
            }
            return true;
        } catch (IOException clientWentAway) {
            return false;
        }
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] deflate(byte[] data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(bytes)) {
            out.write(data);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }
}
