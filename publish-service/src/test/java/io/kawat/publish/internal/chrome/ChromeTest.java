package io.kawat.publish.internal.chrome;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChromeTest {

    private static final Chrome CHROME = Chrome.load();
    private static final ZonedDateTime TUESDAY = ZonedDateTime.parse("2021-03-23T10:05:00+01:00");

    @ParameterizedTest
    @CsvSource({
        "id, Melansir dari Reuters",
        "en, According to Reuters",
        "es, Según Reuters",
        "fr, Selon Reuters",
        "id-ID, Melansir dari Reuters",
        "in, Melansir dari Reuters"
    })
    void shouldCreditSourceInEditionLanguageWhenAttributing(String language, String expected) {
        assertThat(CHROME.attribution(language, "Reuters")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"id|Baca Juga:|Topik:", "en|Read also:|Topics:", "es|Lea también:|Temas:"})
    void shouldLabelReadAlsoAndTopicsWhenLanguageHasBundle(String language, String readAlso, String topics) {
        assertThat(CHROME.readAlso(language)).isEqualTo(readAlso);
        assertThat(CHROME.topicsLabel(language)).isEqualTo(topics);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "id|Selasa, 23 Maret 2021",
                "en|Tuesday, 23 March 2021",
                "es|martes, 23 de marzo de 2021",
                "fr|mardi 23 mars 2021"
            })
    void shouldFormatDateInEditionLanguageWhenFormattingDate(String language, String expected) {
        assertThat(CHROME.formatDate(language, TUESDAY)).isEqualTo(expected);
    }

    @Test
    void shouldWriteDatelineWithPlaceOutletAndDateWhenPlaceKnown() {
        assertThat(CHROME.dateline("id", "Brussels", "Kawat", TUESDAY))
                .isEqualTo("Brussels, Kawat - Selasa, 23 Maret 2021");
        assertThat(CHROME.dateline("en", null, "Kawat", TUESDAY)).isEqualTo("Kawat - Tuesday, 23 March 2021");
    }

    @ParameterizedTest
    @CsvSource({
        "id, Belgium, Belgia",
        "id, BE, Belgia",
        "id, geonames:2802361, Belgia",
        "id, US, Amerika Serikat",
        "id, Germany, Jerman",
        "es, ES, España",
        "es, Mexico, México",
        "es, Belgium, Bélgica",
        "en, BE, Belgium",
        "fr, Turkey, Turquie",
        "id, Brussels, Brussels",
        "es, Atlantis, Atlantis"
    })
    void shouldNameCountryInEditionLanguageWhenKnownAndKeepOtherPlaces(String language, String key, String expected) {
        assertThat(CHROME.countryName(language, key)).isEqualTo(expected);
    }

    @Test
    void shouldFallBackToEnglishWhenLanguageHasNoBundle() {
        assertThat(CHROME.attribution("de", "Reuters")).isEqualTo("According to Reuters");
        assertThat(CHROME.readAlso("xx")).isEqualTo("Read also:");
    }

    @Test
    void shouldLabelTopicsFromBundlesAndKeepGivenLabelWhenUnknown() {
        assertThat(CHROME.topicLabel("id", "medtop:11000000", "politics")).isEqualTo("Politik");
        assertThat(CHROME.topicLabel("es", "medtop:16000000", "conflict")).isEqualTo("Conflicto, guerra y paz");
        assertThat(CHROME.topicLabel("id", "medtop:20000999", "some label")).isEqualTo("some label");
    }

    @Test
    void shouldWriteNotesInEditionLanguageWhenAsked() {
        assertThat(CHROME.correctionNote("id", List.of("Reuters")))
                .isEqualTo("Koreksi: artikel ini diperbarui setelah Reuters mengoreksi laporannya.");
        assertThat(CHROME.correctionNote("en", List.of("Reuters", "VOA News", "Euronews")))
                .isEqualTo(
                        "Correction: this article was updated after a correction from Reuters, VOA News and Euronews.");
        assertThat(CHROME.translationUnavailable("es")).startsWith("Traducción no disponible");
        assertThat(CHROME.withdrawnNote("id")).isEqualTo("Artikel ini telah ditarik.");
    }

    @Test
    void shouldHaveEveryBaseKeyInEveryBundleWhenBundlesShip() throws IOException {
        Set<String> base = keys("chrome.properties");
        for (String language : CHROME.languages()) {
            if (!language.equals("en")) {
                assertThat(keys("chrome_" + language + ".properties"))
                        .as("keys of %s", language)
                        .containsAll(base.stream()
                                .filter(k -> !k.equals("chrome.languages"))
                                .collect(Collectors.toSet()));
            }
        }
        assertThat(CHROME.languages()).contains("id", "en", "es");
    }

    private static Set<String> keys(String name) throws IOException {
        try (InputStream in = Chrome.class.getResourceAsStream("/io/kawat/publish/chrome/" + name)) {
            assertThat(in).as(name).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p.stringPropertyNames();
        }
    }
}
