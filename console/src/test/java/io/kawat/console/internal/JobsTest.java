package io.kawat.console.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JobsTest {
    private final Jobs jobs = new Jobs(Clock.systemUTC());
    private final List<Map<String, Object>> seen = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        jobs.close();
    }

    @Test
    void shouldReportEveryStepAndTheOutcomeWhenAJobRuns() {
        jobs.addListener(seen::add);
        AtomicReference<String> after = new AtomicReference<>();

        jobs.submit(
                "Replay 3",
                "dewi",
                3,
                job -> {
                    job.step(true);
                    job.step(false);
                    job.step(true);
                },
                job -> after.set(job.state() + " " + job.done() + "/" + job.failed()));

        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(after.get()).isEqualTo("DONE_WITH_FAILURES 2/1"));
        assertThat(seen)
                .extracting(v -> v.get("state") + ":" + v.get("done") + "+" + v.get("failed"))
                .containsExactly(
                        "QUEUED:0+0",
                        "RUNNING:0+0",
                        "RUNNING:1+0",
                        "RUNNING:1+1",
                        "RUNNING:2+1",
                        "DONE_WITH_FAILURES:2+1");
        assertThat(jobs.recent())
                .singleElement()
                .satisfies(v -> assertThat(v)
                        .containsEntry("title", "Replay 3")
                        .containsEntry("operator", "dewi")
                        .containsEntry("message", "2 of 3 done, 1 failed"));
    }

    @Test
    void shouldFailTheJobWithTheReasonWhenItsWorkThrows() {
        AtomicReference<String> after = new AtomicReference<>();

        jobs.submit(
                "Replay 1",
                "dewi",
                1,
                job -> {
                    throw new IllegalStateException("broker gone");
                },
                job -> after.set(job.state()));

        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(after.get()).isEqualTo("FAILED"));
        assertThat(jobs.recent().get(0)).containsEntry("message", "IllegalStateException: broker gone");
    }
}
