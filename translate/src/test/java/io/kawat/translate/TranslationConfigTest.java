package io.kawat.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kawat.platform.config.Config;
import io.kawat.platform.config.ConfigException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TranslationConfigTest {

    @Test
    void shouldUsePairEntryThenDefaultEntryWhenChoosingEngines() {
        TranslationConfig config = new TranslationConfig(
                TranslationConfig.parseEngines("en-es = apertium, libretranslate ; *=libretranslate,deepl"),
                8,
                TranslationConfig.parseConcurrency("apertium=2"),
                Duration.ofSeconds(5));

        assertThat(config.enginesFor("EN", "es")).containsExactly("apertium", "libretranslate");
        assertThat(config.enginesFor("en", "id")).containsExactly("libretranslate", "deepl");
        assertThat(config.maxConcurrency("apertium")).isEqualTo(2);
        assertThat(config.maxConcurrency("deepl")).isEqualTo(TranslationConfig.DEFAULT_CONCURRENCY);
    }

    @Test
    void shouldDefaultToApertiumThenLibreTranslateThenDeepL() {
        TranslationConfig defaults = TranslationConfig.defaults();

        assertThat(defaults.enginesFor("en", "es")).containsExactly("apertium", "libretranslate", "deepl");
        assertThat(defaults.batchSize()).isEqualTo(50);
        assertThat(defaults.timeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void shouldRejectInvalidValues() {
        assertThatThrownBy(() -> TranslationConfig.parseEngines("english=apertium"))
                .hasMessageContaining("'english' is not a language pair");
        assertThatThrownBy(() -> new TranslationConfig(Map.of(), 0, Map.of(), Duration.ofSeconds(1)))
                .hasMessageContaining("batchSize must be positive");
        assertThatThrownBy(() -> new TranslationConfig(Map.of(), 1, Map.of("x", 0), Duration.ofSeconds(1)))
                .hasMessageContaining("maxConcurrency of x must be positive");
    }

    @Test
    void shouldLoadSettingsFromEnvironmentAndMaskKeys() {
        Config config = Config.load(
                TranslationSettings.all(),
                null,
                Map.of(
                        "KAWAT_TRANSLATION_ENGINES", "en-es=apertium;*=deepl",
                        "KAWAT_TRANSLATION_BATCH_SIZE", "4",
                        "KAWAT_TRANSLATION_DEEPL_AUTH_KEY", "very-secret:fx"));

        TranslationConfig translation = TranslationSettings.config(config);

        assertThat(translation.enginesByPair()).isEqualTo(Map.of("en-es", List.of("apertium"), "*", List.of("deepl")));
        assertThat(translation.batchSize()).isEqualTo(4);
        assertThat(config.describe())
                .contains("translation.deepl.auth-key = ****")
                .doesNotContain("very-secret");
        assertThat(TranslationEngines.fromConfig(config))
                .extracting(Translator::engine)
                .containsExactly("apertium", "deepl");
    }

    @Test
    void shouldListEveryProblemWhenSettingsAreInvalid() {
        assertThatThrownBy(() -> Config.load(
                        TranslationSettings.all(),
                        null,
                        Map.of("KAWAT_TRANSLATION_MAX_CONCURRENCY", "apertium=0", "KAWAT_TRANSLATION_TIMEOUT", "0s")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("translation.max-concurrency")
                .hasMessageContaining("translation.timeout");
    }
}
