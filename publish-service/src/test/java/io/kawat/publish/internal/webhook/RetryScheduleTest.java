package io.kawat.publish.internal.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    @Test
    void shouldDoubleTheWaitFromTheSecondAttemptUpToTheMaximumWhenRetrying() {
        RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(1), Duration.ofSeconds(30));

        assertThat(IntStream.rangeClosed(1, 8).mapToObj(schedule::delayBefore))
                .containsExactly(
                        Duration.ZERO,
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(4),
                        Duration.ofSeconds(8),
                        Duration.ofSeconds(16),
                        Duration.ofSeconds(30),
                        Duration.ofSeconds(30));
        assertThat(schedule.totalWait(8)).isEqualTo(Duration.ofSeconds(91));
    }

    @Test
    void shouldStayAtTheMaximumWhenAttemptsGoFarBeyondIt() {
        RetrySchedule schedule = new RetrySchedule(Duration.ofMillis(100), Duration.ofMinutes(5));

        assertThat(schedule.delayBefore(100)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void shouldRefuseAMaximumBelowTheInitialWaitWhenBuilt() {
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
