package io.kawat.platform.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kawat.platform.http.AdminServer;
import io.kawat.platform.http.Metrics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RestartingLoopTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldBeDownAfterAnErrorAndUpAgainAfterTheBackoffWithReadyFollowing() throws Exception {
        AtomicInteger lives = new AtomicInteger();
        CountDownLatch failNow = new CountDownLatch(1);
        RestartingLoop loop = new RestartingLoop(
                "probe-loop",
                life -> {
                    int n = lives.incrementAndGet();
                    life.up();
                    if (n == 1) {
                        failNow.await();
                        throw new IllegalStateException("broker gone");
                    }
                    while (life.running()) {
                        Thread.sleep(10);
                    }
                },
                Duration.ofSeconds(2),
                Duration.ofSeconds(4));
        try (loop;
                AdminServer server =
                        new AdminServer("probe", "127.0.0.1", 0, Metrics.forService("probe"), loop::isUp).start()) {
            assertThat(status(server)).isEqualTo(503); // not started yet
            loop.start();
            await().atMost(Duration.ofSeconds(5)).until(loop::isUp);
            assertThat(status(server)).isEqualTo(200);

            failNow.countDown();
            await().atMost(Duration.ofSeconds(5)).until(() -> loop.failures() == 1);
            assertThat(loop.isUp()).as("down during the backoff").isFalse();
            assertThat(status(server)).isEqualTo(503);

            await().atMost(Duration.ofSeconds(10)).until(loop::isUp);
            assertThat(status(server)).isEqualTo(200);
            assertThat(lives).hasValue(2);
        }
        assertThat(loop.isUp()).isFalse();
    }

    @Test
    void shouldStopWaitingForTheNextLifeWhenClosed() {
        AtomicInteger lives = new AtomicInteger();
        RestartingLoop loop = new RestartingLoop(
                        "always-failing",
                        life -> {
                            lives.incrementAndGet();
                            throw new IllegalStateException("no broker");
                        },
                        Duration.ofMinutes(10),
                        Duration.ofMinutes(10))
                .start();
        await().atMost(Duration.ofSeconds(5)).until(() -> loop.failures() == 1);
        long started = System.nanoTime();
        loop.close();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(lives).hasValue(1);
    }

    private int status(AdminServer server) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create(server.url() + "/ready"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }
}
