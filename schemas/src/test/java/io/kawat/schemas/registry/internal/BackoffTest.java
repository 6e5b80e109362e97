package io.kawat.schemas.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {
    @Test
    void shouldDoubleUpToTheCapWhenRetriesGoOn() {
        Backoff backoff = Backoff.DEFAULT;

        assertThat(IntStream.range(0, 7).mapToObj(backoff::delay).map(Duration::toMillis))
                .containsExactly(100L, 200L, 400L, 800L, 1600L, 2000L, 2000L);
        assertThat(backoff.delay(1_000)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void shouldRejectACapBelowTheFirstWaitWhenBuilt() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
