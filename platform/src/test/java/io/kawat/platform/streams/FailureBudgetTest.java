package io.kawat.platform.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailureBudgetTest {
    private final Instant t0 = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void shouldRefuseWhenMoreFailuresThanBudgetFallInTheWindow() {
        FailureBudget budget = new FailureBudget(2, Duration.ofMinutes(1));

        assertThat(budget.spend(t0)).isTrue();
        assertThat(budget.spend(t0.plusSeconds(10))).isTrue();
        assertThat(budget.spend(t0.plusSeconds(20))).isFalse();
    }

    @Test
    void shouldForgetFailuresOlderThanTheWindow() {
        FailureBudget budget = new FailureBudget(1, Duration.ofMinutes(1));

        assertThat(budget.spend(t0)).isTrue();
        assertThat(budget.spend(t0.plusSeconds(61))).isTrue();
        assertThat(budget.remaining()).isZero();
    }
}
