package io.kawat.publish.internal.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Menlu AS Berupaya Tingkatkan Kerja Sama dengan NATO|menlu-as-berupaya-tingkatkan-kerja-sama-dengan-nato",
                "Según Reuters: España y Turquía|segun-reuters-espana-y-turquia",
                "  ISTANBUL: Straße — Łódź!  |istanbul-strasse-lodz"
            })
    void shouldMakeAsciiLowerCaseHyphenatedSlugWhenHeadlineHasAccents(String headline, String slug) {
        assertThat(Slugs.of(headline, "fallback")).isEqualTo(slug);
    }

    @Test
    void shouldUseFallbackWhenHeadlineHasNoLatinLetters() {
        assertThat(Slugs.of("حلف الناتو", "cl-42")).isEqualTo("cl-42");
    }

    @Test
    void shouldCutAtHyphenWhenSlugIsTooLong() {
        String slug = Slugs.of("word ".repeat(40), "x");

        assertThat(slug)
                .hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH)
                .endsWith("word")
                .doesNotEndWith("-");
    }
}
