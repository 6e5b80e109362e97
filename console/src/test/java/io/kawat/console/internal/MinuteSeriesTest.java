package io.kawat.console.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MinuteSeriesTest {
    private static final Instant T = Instant.parse("2026-03-23T08:15:00Z");

    @Test
    void shouldSumWithinAMinuteAndReadOldestFirstWhenAdded() {
        MinuteSeries series = new MinuteSeries(4);

        series.add(T, 2);
        series.add(T.plusSeconds(30), 3);
        series.add(T.plusSeconds(120), 7);

        assertThat(series.values(T.plusSeconds(150))).containsExactly(0, 5, 0, 7);
    }

    @Test
    void shouldKeepTheLatestValueOfAMinuteWhenSet() {
        MinuteSeries series = new MinuteSeries(3);

        series.set(T, 40);
        series.set(T.plusSeconds(10), 12);
        series.set(T.plusSeconds(60), 3);

        assertThat(series.values(T.plusSeconds(60))).containsExactly(0, 12, 3);
    }

    @Test
    void shouldForgetMinutesThatLeftTheWindowWhenTheRingWrapsAround() {
        MinuteSeries series = new MinuteSeries(3);
        series.add(T, 9);

        series.add(T.plusSeconds(180), 1);

        assertThat(series.values(T.plusSeconds(180))).containsExactly(0, 0, 1);
        assertThat(series.values(T.plusSeconds(600))).containsExactly(0, 0, 0);
    }

    @Test
    void shouldIgnoreALateSampleWhenItsMinuteWasOverwritten() {
        MinuteSeries series = new MinuteSeries(2);
        series.add(T.plusSeconds(120), 4);

        series.add(T, 100);

        assertThat(series.values(T.plusSeconds(120))).containsExactly(0, 4);
    }

    @Test
    void shouldRefuseAnEmptyWindowWhenCreated() {
        assertThatThrownBy(() -> new MinuteSeries(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
