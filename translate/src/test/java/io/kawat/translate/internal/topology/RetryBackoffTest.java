package io.kawat.translate.internal.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {
    private final RetryBackoff backoff =
            new RetryBackoff(Duration.ofSeconds(5), Duration.ofMinutes(1), Duration.ofSeconds(1));

    @Test
    void shouldDoubleTheWaitUntilTheMaximumWhenAttemptsFail() {
        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.after(4)).isEqualTo(Duration.ofSeconds(40));
        assertThat(backoff.after(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.after(1_000)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void shouldBeExhaustedAtTheCapWhenAttemptsReachIt() {
        RetryBackoff capped = new RetryBackoff(Duration.ofSeconds(5), Duration.ofMinutes(1), Duration.ofSeconds(1), 3);

        assertThat(capped.exhausted(2)).isFalse();
        assertThat(capped.exhausted(3)).isTrue();
        assertThat(backoff.maxAttempts()).isEqualTo(30);
        assertThatThrownBy(
                        () -> new RetryBackoff(Duration.ofSeconds(5), Duration.ofMinutes(1), Duration.ofSeconds(1), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseABackoffWhenTheMaximumIsBelowTheInitialWait() {
        assertThatThrownBy(() -> new RetryBackoff(Duration.ofMinutes(2), Duration.ofMinutes(1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
