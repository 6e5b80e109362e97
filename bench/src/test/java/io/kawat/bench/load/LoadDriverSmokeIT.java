package io.kawat.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.testkit.KawatStack;
import io.kawat.testkit.KawatStackExtension;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load driver end to end on the test kit's broker and registry, with 30 generated story versions pushed through
 * ingest: every version reaches an article on news.articles.v1 and the report accounts for all of them. Not a
 * benchmark (no figure is asserted); it keeps the driver working in CI.
 */
@ExtendWith(KawatStackExtension.class)
class LoadDriverSmokeIT {

    private static final int STORIES = 30;

    @TempDir
    Path dir;

    @Test
    void shouldShowEveryPushedStoryVersionInAnArticleWhenThirtyArePushed(KawatStack stack) {
        LoadSettings settings = LoadSettings.backfill(STORIES, LoadSettings.Via.PUSH)
                .withSeed(7)
                .withStallTimeout(Duration.ofSeconds(60));

        LoadReport report = new LoadRun(settings).run(stack.bootstrapServers(), stack.registryUrl(), dir);

        assertThat(report.generated().versions()).isEqualTo(STORIES);
        assertThat(report.sent().accepted()).isEqualTo(STORIES);
        assertThat(report.outcome().wireRecords()).isEqualTo(STORIES);
        assertThat(report.outcome().deadLetters())
                .as("dead letters: %s", report.outcome().deadLetterSample())
                .isZero();
        assertThat(report.missing())
                .as("never shown: %s", report.missingSample())
                .isZero();
        assertThat(report.latency().all().count()).isEqualTo(STORIES);
        assertThat(report.outcome().articles()).isGreaterThanOrEqualTo(3);
        assertThat(report.stages().storiesPerSecond()).isPositive();
        assertThat(report.memory().processPeakMiB()).isPositive();
    }
}
