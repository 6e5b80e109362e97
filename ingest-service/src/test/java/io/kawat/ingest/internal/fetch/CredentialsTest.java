package io.kawat.ingest.internal.fetch;

import static io.kawat.ingest.internal.fetch.LoopbackServer.respond;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Caller headers (credentials) are sent, but never appear in results, messages or logs. */
class CredentialsTest {
    private static final String TOKEN = "s3cr3t-T0ken-abcdef";
    private static final Map<String, String> AUTH = Map.of("Authorization", "Bearer " + TOKEN);

    private final FakeTime time = new FakeTime();
    private final Logger fetchLogger = (Logger) LoggerFactory.getLogger("io.kawat.ingest.internal.fetch");
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private Level previousLevel;
    private LoopbackServer server;

    @BeforeEach
    void setUp() throws IOException {
        previousLevel = fetchLogger.getLevel();
        fetchLogger.setLevel(Level.DEBUG);
        logs.start();
        fetchLogger.addAppender(logs);
        server = new LoopbackServer();
    }

    @AfterEach
    void tearDown() {
        fetchLogger.detachAppender(logs);
        fetchLogger.setLevel(previousLevel);
        server.close();
    }

    @Test
    void shouldSendTheBearerHeaderButKeepItOutOfTheFailureAndTheLogsWhenTheServerRefuses() {
        server.route("/secret", exchange -> {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer error=\"invalid_token\" " + auth);
            respond(exchange, 403, "token " + auth + " is not allowed");
        });

        FetchResult result = new FeedFetcher(TestPolicy.builder().build(), time, time, new FixedRandom(0.5))
                .fetch(new FetchRequest(server.url("/secret?key=" + TOKEN), null, null, true, AUTH));

        FetchResult.Failed failed = (FetchResult.Failed) result;
        assertThat(server.seen().get(0).header("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(failed.error()).isEqualTo(FetchError.KWT_1005_HTTP_4XX);
        assertThat(failed.httpStatus()).isEqualTo(403);
        assertThat(failed.message()).doesNotContain(TOKEN);
        assertThat(failed.toString()).doesNotContain(TOKEN);
        assertThat(logs.list).isNotEmpty();
        assertThat(logs.list)
                .allSatisfy(event -> assertThat(event.getFormattedMessage()).doesNotContain(TOKEN));
    }

    @Test
    void shouldKeepTheTokenOutOfTheLogsWhenRetryingAFailingServer() {
        server.route("/busy", exchange -> respond(exchange, 503, "busy, " + TOKEN));

        FetchResult result = new FeedFetcher(
                        TestPolicy.builder().maxAttempts(2).build(), time, time, new FixedRandom(0.5))
                .fetch(new FetchRequest(server.url("/busy"), null, null, true, AUTH));

        assertThat(result.attempts()).isEqualTo(2);
        assertThat(logs.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(message -> assertThat(message).contains("retrying"))
                .allSatisfy(message -> assertThat(message).doesNotContain(TOKEN));
    }

    @Test
    void shouldMaskHeaderValuesWhenTheRequestIsPrinted() {
        FetchRequest request = new FetchRequest(
                URI.create("https://user:pw@feeds.example/x?api_key=" + TOKEN), null, null, false, AUTH);

        assertThat(request.toString())
                .doesNotContain(TOKEN)
                .doesNotContain("pw")
                .contains("Authorization=***")
                .contains("https://feeds.example/x?…");
    }

    @Test
    void shouldMaskTheValueAndItsTokenWhenRedactingText() {
        Redactor redactor = new Redactor(List.of("Bearer " + TOKEN, "Basic dXNlcjpwYXNz"));

        assertThat(redactor.redact("got 'Bearer " + TOKEN + "' and " + TOKEN + " and dXNlcjpwYXNz"))
                .isEqualTo("got '***' and *** and ***");
    }
}
