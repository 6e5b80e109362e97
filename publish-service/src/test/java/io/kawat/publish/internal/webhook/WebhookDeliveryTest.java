package io.kawat.publish.internal.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.publish.internal.testing.WebhookReceiver;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The retry loop of one delivery against a real loopback receiver, with a fixed clock and a recording sleeper. */
class WebhookDeliveryTest {
    private static final String SECRET = "whsec-unit";
    private static final Instant NOW = Instant.parse("2021-03-23T20:00:00Z");
    private static final WebhookEvent EVENT = new WebhookEvent(
            "kawat:article:cl-1:en@2",
            "kawat:article:cl-1:en",
            2,
            "{\"uri\":\"kawat:article:cl-1:en\",\"version\":\"2\"}");

    private final WebhookReceiver receiver = receiver();
    private final List<Duration> sleeps = new ArrayList<>();
    private final WebhookMetrics metrics = new WebhookMetrics(new SimpleMeterRegistry(), "cms");

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void shouldWaitOneTwoThenFourSecondsWhenTheReceiverFailsThreeTimesThenAccepts() throws Exception {
        receiver.answer(500, 503, 502, 200);

        WebhookDelivery.Result result =
                delivery(receiver.url(), true, 8, Duration.ofSeconds(5)).deliver(EVENT);

        assertThat(result).isEqualTo(new WebhookDelivery.Result(true, 4, null));
        assertThat(sleeps)
                .containsExactly(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(receiver.requests()).hasSize(4).allSatisfy(r -> {
            assertThat(r.header(WebhookDelivery.EVENT_ID)).isEqualTo("kawat:article:cl-1:en@2");
            assertThat(r.header(WebhookDelivery.ARTICLE)).isEqualTo("kawat:article:cl-1:en");
            assertThat(r.header(WebhookDelivery.TIMESTAMP)).isEqualTo("1616529600");
            assertThat(r.body()).isEqualTo(EVENT.body());
            assertThat(r.signedWith(SECRET)).isTrue();
        });
        assertThat(metrics.deliveredCount()).isEqualTo(1.0);
        assertThat(metrics.failedCount()).isEqualTo(3.0);
    }

    @Test
    void shouldGiveUpAfterMaxAttemptsWhenTheReceiverKeepsFailing() throws Exception {
        receiver.answer(500, 500, 500, 500);

        WebhookDelivery.Result result =
                delivery(receiver.url(), true, 3, Duration.ofSeconds(5)).deliver(EVENT);

        assertThat(result.delivered()).isFalse();
        assertThat(result.attempts()).isEqualTo(3);
        assertThat(result.reason()).isEqualTo("gave up after 3 attempts; last: HTTP 500");
        assertThat(receiver.requests()).hasSize(3);
        assertThat(sleeps).containsExactly(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(metrics.failedCount()).isEqualTo(3.0);
        assertThat(metrics.deliveredCount()).isZero();
    }

    @Test
    void shouldGiveUpAtOnceWhenTheReceiverRejectsTheRequest() throws Exception {
        receiver.answer(400);

        WebhookDelivery.Result result =
                delivery(receiver.url(), true, 8, Duration.ofSeconds(5)).deliver(EVENT);

        assertThat(result).isEqualTo(new WebhookDelivery.Result(false, 1, "HTTP 400 (not retried)"));
        assertThat(receiver.requests()).hasSize(1);
    }

    @Test
    void shouldRetryWhenTheReceiverAnswersTooManyRequests() throws Exception {
        receiver.answer(429, 200);

        assertThat(delivery(receiver.url(), true, 8, Duration.ofSeconds(5))
                        .deliver(EVENT)
                        .attempts())
                .isEqualTo(2);
    }

    @Test
    void shouldRetryWhenTheReceiverTimesOut() throws Exception {
        receiver.hold(1);

        WebhookDelivery.Result result =
                delivery(receiver.url(), true, 8, Duration.ofMillis(300)).deliver(EVENT);

        assertThat(result).isEqualTo(new WebhookDelivery.Result(true, 2, null));
        assertThat(metrics.failedCount()).isEqualTo(1.0);
    }

    @Test
    void shouldRetryAndThenGiveUpWhenNothingListens() throws Exception {
        URI closed = URI.create("http://127.0.0.1:" + freePort() + "/hooks");

        WebhookDelivery.Result result =
                delivery(closed, true, 2, Duration.ofSeconds(2)).deliver(EVENT);

        assertThat(result.delivered()).isFalse();
        assertThat(result.attempts()).isEqualTo(2);
        assertThat(result.reason()).startsWith("gave up after 2 attempts; last: ConnectException");
    }

    @Test
    void shouldRefuseALoopbackTargetWhenPrivateNetworksAreNotAllowed() throws Exception {
        WebhookDelivery.Result result =
                delivery(receiver.url(), false, 8, Duration.ofSeconds(5)).deliver(EVENT);

        assertThat(result.delivered()).isFalse();
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(result.reason()).contains("refused target 127.0.0.1").contains("allow-private-network");
        assertThat(receiver.requests()).isEmpty();
    }

    private WebhookDelivery delivery(URI url, boolean allowPrivate, int maxAttempts, Duration timeout) {
        WebhookSubscriber subscriber = new WebhookSubscriber("cms", url, SECRET, allowPrivate, maxAttempts, "latest");
        return new WebhookDelivery(
                subscriber,
                new HttpWebhookSender(timeout),
                TargetGuard.system(),
                new RetrySchedule(Duration.ofSeconds(1), Duration.ofMinutes(5)),
                Clock.fixed(NOW, ZoneOffset.UTC),
                sleeps::add,
                metrics);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static WebhookReceiver receiver() {
        try {
            return new WebhookReceiver();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
