package io.kawat.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.console.internal.OffsetSampler.OffsetSample;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PipelineMonitorTest {
    private static final Instant T = Instant.parse("2026-03-23T08:15:00Z");
    private final PipelineMonitor monitor = new PipelineMonitor("it-7.", 3);

    @Test
    void shouldComputeMessagesPerMinuteFromEndOffsetsOverTheLastMinuteWhenSampled() {
        monitor.apply(new OffsetSample(T, Map.of("it-7.wire.stories.v1", 100L), Map.of()));
        monitor.apply(new OffsetSample(T.plusSeconds(30), Map.of("it-7.wire.stories.v1", 130L), Map.of()));
        monitor.apply(new OffsetSample(T.plusSeconds(60), Map.of("it-7.wire.stories.v1", 150L), Map.of()));
        monitor.apply(new OffsetSample(T.plusSeconds(90), Map.of("it-7.wire.stories.v1", 160L), Map.of()));

        assertThat(monitor.ratePerMinute("it-7.wire.stories.v1")).isEqualTo(30.0);
        Map<String, Object> topic = topics().get(0);
        assertThat(topic)
                .containsEntry("topic", "wire.stories.v1")
                .containsEntry("endOffset", 160L)
                .containsEntry("perMinute", 30.0);
        assertThat((double[]) topic.get("series")).containsExactly(0, 30, 30);
    }

    @Test
    void shouldReportNoRateUntilTwoSamplesExistWhenStarting() {
        monitor.apply(new OffsetSample(T, Map.of("it-7.news.articles.v1", 12L), Map.of()));

        assertThat(monitor.ratePerMinute("it-7.news.articles.v1")).isZero();
        assertThat(monitor.ratePerMinute("it-7.unknown")).isZero();
    }

    @Test
    void shouldShowTheLatestLagPerGroupWithItsHistoryWhenSampled() {
        monitor.apply(new OffsetSample(T, Map.of(), Map.of("it-7.kawat-enrich", 40L)));
        monitor.apply(new OffsetSample(
                T.plusSeconds(70), Map.of(), Map.of("it-7.kawat-enrich", 5L, "it-7.kawat-publish", 0L)));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> groups =
                (List<Map<String, Object>>) monitor.view().get("groups");
        assertThat(groups)
                .extracting(g -> g.get("group") + "=" + g.get("lag"))
                .containsExactly("kawat-enrich=5", "kawat-publish=0");
        assertThat((double[]) groups.get(0).get("series")).containsExactly(0, 40, 5);
        assertThat(monitor.view())
                .containsEntry("sampledAt", "2026-03-23T08:16:10Z")
                .containsEntry("minutes", 3);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> topics() {
        return (List<Map<String, Object>>) monitor.view().get("topics");
    }
}
