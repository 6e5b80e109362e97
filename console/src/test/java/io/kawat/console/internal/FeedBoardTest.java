package io.kawat.console.internal;

import static io.kawat.console.internal.Samples.T0;
import static io.kawat.console.internal.Samples.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.schemas.avro.FeedState;
import io.kawat.schemas.avro.FeedStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedBoardTest {
    private final Clock clock = Clock.fixed(T0.plusSeconds(120), ZoneOffset.UTC);
    private final FeedBoard board = new FeedBoard(3, clock);

    @Test
    void shouldKeepTheLatestStatusPerFeedSortedByIdWhenStatusesArrive() {
        board.apply("voa", status("voa", FeedState.OK, 1, T0));
        board.apply("afp", status("afp", FeedState.FAILING, 0, T0));
        board.apply("voa", status("voa", FeedState.PAUSED, 1, T0.plusSeconds(5)));

        assertThat(board.views())
                .extracting(v -> v.get("feedId") + "=" + v.get("state"))
                .containsExactly("afp=FAILING", "voa=PAUSED");
        assertThat(board.knows("voa")).isTrue();
        assertThat(board.knows("reuters")).isFalse();
    }

    @Test
    void shouldCountNewItemsPerMinuteFromTheGrowthOfThe24HourCountWhenStatusesFollow() {
        board.apply("voa", status("voa", FeedState.OK, 10, T0));
        board.apply("voa", status("voa", FeedState.OK, 14, T0.plusSeconds(20)));
        board.apply("voa", status("voa", FeedState.OK, 13, T0.plusSeconds(70)));
        board.apply("voa", status("voa", FeedState.OK, 15, T0.plusSeconds(125)));

        assertThat((double[]) board.views().get(0).get("perMinute")).containsExactly(4, 0, 2);
    }

    @Test
    void shouldRemoveAFeedAndTellListenersWhenItsStatusIsDeleted() {
        List<Map<String, Object>> seen = new ArrayList<>();
        board.addListener(seen::add);
        board.apply("voa", status("voa", FeedState.OK, 1, T0));

        board.apply("voa", null);

        assertThat(board.views()).isEmpty();
        assertThat(seen).extracting(v -> v.get("feedId")).containsExactly("voa", "voa");
        assertThat(seen.get(1)).containsEntry("deleted", true);
    }

    @Test
    void shouldWarnAboutQuietFailingAndSilentFeedsWhenTheyNeedAnOperator() {
        FeedStatus quiet = FeedStatus.newBuilder(status("a", FeedState.QUIET, 0, T0))
                .setLastNewItem(T0.minus(Duration.ofMinutes(432)))
                .build();
        FeedStatus failing = FeedStatus.newBuilder(status("b", FeedState.FAILING, 0, T0))
                .setConsecutiveFailures(3)
                .build();
        FeedStatus degraded = FeedStatus.newBuilder(status("c", FeedState.DEGRADED, 0, T0))
                .setConsecutiveFailures(1)
                .build();
        FeedStatus fresh = status("d", FeedState.OK, 0, T0);
        FeedStatus healthy = FeedStatus.newBuilder(status("e", FeedState.OK, 3, T0))
                .setLastNewItem(T0)
                .build();

        assertThat(FeedBoard.warning(quiet, T0)).isEqualTo("Gone quiet: no new item for 7 h 12 min");
        assertThat(FeedBoard.warning(failing, T0)).isEqualTo("3 failed polls in a row");
        assertThat(FeedBoard.warning(degraded, T0)).isEqualTo("1 failed poll");
        assertThat(FeedBoard.warning(fresh, T0)).isEqualTo("No item delivered yet");
        assertThat(FeedBoard.warning(healthy, T0)).isNull();
    }

    @Test
    void shouldWriteDurationsForPeopleWhenShown() {
        assertThat(FeedBoard.human(Duration.ofSeconds(45))).isEqualTo("45 s");
        assertThat(FeedBoard.human(Duration.ofMinutes(12))).isEqualTo("12 min");
        assertThat(FeedBoard.human(Duration.ofHours(3).plusMinutes(4))).isEqualTo("3 h 4 min");
        assertThat(FeedBoard.human(Duration.ofDays(2).plusHours(5))).isEqualTo("2 d 5 h");
    }
}
