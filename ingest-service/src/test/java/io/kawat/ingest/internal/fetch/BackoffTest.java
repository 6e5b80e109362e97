package io.kawat.ingest.internal.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void shouldDoubleTheCeilingUpToTheMaximumWhenRetriesGoOn() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), new FixedRandom(0.5));

        assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.ceiling(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.ceiling(6)).isEqualTo(Duration.ofSeconds(32));
        assertThat(backoff.ceiling(7)).isEqualTo(Duration.ofSeconds(60));
        assertThat(backoff.ceiling(1000)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void shouldScaleTheCeilingByTheRandomFractionWhenJittering() {
        assertThat(new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), new FixedRandom(0.25)).delay(3))
                .isEqualTo(Duration.ofSeconds(1));
        assertThat(new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), new FixedRandom(0.0)).delay(3))
                .isEqualTo(Duration.ZERO);
    }
}
