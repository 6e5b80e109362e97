package io.kawat.enrich.internal.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {

    private static LanguageIdentifier identifier;

    @BeforeAll
    static void load() {
        identifier = LanguageIdentifier.forLanguages(List.of("en", "id", "ms", "es", "de"));
    }

    @Test
    void shouldDetectLanguageAndKeepDeclaredWhenTheyAgree() {
        LanguageResult r = identifier.identify(
                "Menteri Luar Negeri Amerika Serikat Antony Blinken bertemu dengan "
                        + "Sekretaris Jenderal NATO di Brussel pada hari Rabu untuk membahas bantuan bagi Ukraina.",
                "id-ID");

        assertThat(r.language()).isEqualTo("id");
        assertThat(r.declared()).isEqualTo("id");
        assertThat(r.confidence()).isGreaterThan(0.5);
    }

    @Test
    void shouldOverrideDeclaredLanguageWhenTextClearlyDiffers() {
        LanguageResult r = identifier.identify(
                "La Agencia Estatal de Meteorología prevé un fin de semana con "
                        + "temperaturas más propias del verano en casi toda la península.",
                "en");

        assertThat(r.language()).isEqualTo("es");
        assertThat(r.detected()).isEqualTo("es");
        assertThat(r.declared()).isEqualTo("en");
    }

    @Test
    void shouldFallBackToDeclaredOrUndWhenThereIsNothingToDetect() {
        assertThat(identifier.identify("12345 !!!", "de").language()).isEqualTo("de");
        assertThat(identifier.identify("12345 !!!", null).language()).isEqualTo("und");
    }

    @Test
    void shouldNormaliseDeclaredTagsWhenTheyUseRegionsOrOldCodes() {
        assertThat(LanguageIdentifier.normalise("en-GB")).isEqualTo("en");
        assertThat(LanguageIdentifier.normalise("in")).isEqualTo("id");
        assertThat(LanguageIdentifier.normalise(" ")).isNull();
    }
}
