package io.kawat.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kawat.enrich.internal.MatcherConfig;
import io.kawat.platform.config.Config;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The matcher's tunables are settings ({@code enrich.match.*}) whose defaults are the matcher's own. */
class MatcherSettingsTest {

    @Test
    void shouldDefaultToTheMatchersOwnDefaults() {
        assertThat(EnrichService.matcher(Config.load(EnrichSettings.all(), null, Map.of())))
                .isEqualTo(MatcherConfig.defaults());
    }

    @Test
    void shouldTakeEachTunableFromTheEnvironment() {
        Config config = Config.load(
                EnrichSettings.all(),
                null,
                Map.of(
                        "KAWAT_ENRICH_MATCH_WINDOW", "12h",
                        "KAWAT_ENRICH_MATCH_DUPLICATE_JACCARD", "0.7",
                        "KAWAT_ENRICH_MATCH_CLUSTER_THRESHOLD", "0.45",
                        "KAWAT_ENRICH_MATCH_MAX_STORIES", "5000"));

        assertThat(EnrichService.matcher(config)).isEqualTo(new MatcherConfig(Duration.ofHours(12), 0.7, 0.45, 5000));
    }

    @Test
    void shouldRefuseAThresholdOutsideZeroToOne() {
        assertThatThrownBy(() ->
                        Config.load(EnrichSettings.all(), null, Map.of("KAWAT_ENRICH_MATCH_CLUSTER_THRESHOLD", "1.5")))
                .hasMessageContaining("enrich.match.cluster-threshold");
        assertThatThrownBy(() -> Config.load(EnrichSettings.all(), null, Map.of("KAWAT_ENRICH_MATCH_WINDOW", "0s")))
                .hasMessageContaining("enrich.match.window");
    }
}
