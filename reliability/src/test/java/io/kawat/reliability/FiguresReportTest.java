package io.kawat.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FiguresReportTest {
    private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");

    @Test
    void shouldReplaceSectionsThatRanAndKeepTheOthersWhenAssembling() {
        String before = FiguresReport.assemble(
                Map.of(),
                Map.of(
                        "010-crashes",
                        "## Crashes\n\nlost 0\n",
                        "040-hostile",
                        "## Hostile\n\n52 hostile-input cases\n"),
                NOW);

        String after = FiguresReport.assemble(
                FiguresReport.parseSections(before),
                Map.of("010-crashes", "## Crashes\n\nlost 0, duplicates 0\n"),
                NOW.plusSeconds(60));

        assertThat(FiguresReport.parseSections(after)).containsOnlyKeys("010-crashes", "040-hostile");
        assertThat(after)
                .contains("lost 0, duplicates 0\n\n_Run 2026-11-26T02:01:00Z._")
                .contains("52 hostile-input cases\n\n_Run 2026-11-26T02:00:00Z._")
                .doesNotContain("lost 0\n\n_Run");
        assertThat(after.indexOf("## Crashes")).isLessThan(after.indexOf("## Hostile"));
    }
}
