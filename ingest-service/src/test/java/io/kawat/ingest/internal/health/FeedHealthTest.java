package io.kawat.ingest.internal.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.schemas.avro.FeedState;
import io.kawat.schemas.avro.FeedStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FeedHealthTest {
    private static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        Instant now = T0;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovingClock clock = new MovingClock();

    private FeedHealth health() {
        return new FeedHealth("voa-en", "VOA", Duration.ofHours(6), clock);
    }

    @Test
    void shouldCarryOnFromTheStatusBeforeARestart() {
        FeedHealth before = health();
        before.pollSucceeded(200, 3);
        clock.now = T0.plus(Duration.ofMinutes(5));
        before.pollFailed(503, "KWT-1003", "HTTP 503", false);
        FeedStatus written = before.snapshot();

        clock.now = T0.plus(Duration.ofMinutes(10));
        FeedHealth after = health();
        after.restore(written);
        FeedStatus restored = after.snapshot();

        assertThat(restored.getLastPoll()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
        assertThat(restored.getLastNewItem()).isEqualTo(T0);
        assertThat(restored.getItemsLast24h()).isEqualTo(3);
        assertThat(restored.getConsecutiveFailures()).isEqualTo(1);
        assertThat(restored.getState()).isEqualTo(FeedState.DEGRADED);
        assertThat(restored.getErrorCode()).isEqualTo("KWT-1003");

        clock.now = T0.plus(Duration.ofHours(24)).plusSeconds(1);
        assertThat(after.snapshot().getItemsLast24h())
                .as("restored items leave the 24-hour window")
                .isZero();
    }

    @Test
    void shouldRecordAPushWithoutAPoll() {
        FeedHealth health = health();
        assertThat(health.snapshot().getState()).isEqualTo(FeedState.UNKNOWN);

        health.pushed(2);
        FeedStatus status = health.snapshot();

        assertThat(status.getLastPush()).isEqualTo(T0);
        assertThat(status.getLastPoll()).isNull();
        assertThat(status.getLastNewItem()).isEqualTo(T0);
        assertThat(status.getItemsLast24h()).isEqualTo(2);
        assertThat(status.getState()).isEqualTo(FeedState.OK);

        clock.now = T0.plus(Duration.ofMinutes(1));
        health.pushed(0);
        assertThat(health.snapshot().getLastPush()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
        assertThat(health.snapshot().getLastNewItem()).isEqualTo(T0);
    }

    @Test
    void shouldKeepAPausedFeedPausedAcrossARestart() {
        FeedHealth before = health();
        before.pollSucceeded(200, 0);
        before.setPaused(true);

        FeedHealth after = health();
        after.restore(before.snapshot());

        assertThat(after.paused()).isTrue();
        assertThat(after.snapshot().getState()).isEqualTo(FeedState.PAUSED);
    }
}
