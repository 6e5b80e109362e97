package io.kawat.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kawat.ingest.internal.fetch.FetchPolicy;
import io.kawat.ingest.internal.parse.ParseLimits;
import io.kawat.platform.config.Config;
import io.kawat.platform.config.ConfigException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IngestTunablesTest {

    @Test
    void shouldDefaultToTheDocumentedLimitsAndPolicy() {
        Config config = Config.load(IngestSettings.all(), null, Map.of());

        assertThat(IngestTunables.parseLimits(config)).isEqualTo(ParseLimits.defaults());
        assertThat(IngestTunables.fetchPolicy(config)).isEqualTo(FetchPolicy.defaults());
    }

    @Test
    void shouldTakeParseLimitsAndFetchTimeoutsFromSettings() {
        Config config = Config.load(
                IngestSettings.all(),
                null,
                Map.of(
                        "KAWAT_INGEST_PARSE_MAX_ITEMS", "50",
                        "KAWAT_INGEST_PARSE_MAX_FIELD_CHARS", "1000",
                        "KAWAT_INGEST_FETCH_CONNECT_TIMEOUT", "2s",
                        "KAWAT_INGEST_FETCH_READ_TIMEOUT", "5s",
                        "KAWAT_INGEST_FETCH_MAX_BACKOFF", "10s"));

        assertThat(IngestTunables.parseLimits(config)).isEqualTo(new ParseLimits(20 * 1024 * 1024, 1000, 50));
        FetchPolicy policy = IngestTunables.fetchPolicy(config);
        assertThat(policy.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.readTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.maxBackoff()).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.maxBodyBytes()).isEqualTo(FetchPolicy.defaults().maxBodyBytes());
    }

    @Test
    void shouldRefuseAZeroTimeout() {
        assertThatThrownBy(
                        () -> Config.load(IngestSettings.all(), null, Map.of("KAWAT_INGEST_FETCH_READ_TIMEOUT", "0s")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ingest.fetch.read-timeout must be a positive duration");
    }
}
