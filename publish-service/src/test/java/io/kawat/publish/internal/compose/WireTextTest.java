package io.kawat.publish.internal.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WireTextTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "BRUSSELS, March 23 (Reuters) - Blinken arrived.|Blinken arrived.|Brussels",
                "NEW YORK (AP) — The U.N. met.|The U.N. met.|New York",
                "WASHINGTON — Officials said.|Officials said.|Washington",
                "NATO ministers met on Tuesday.|NATO ministers met on Tuesday.|"
            })
    void shouldStripAgencyDatelineAndFindPlaceWhenBodyStartsWithOne(String paragraph, String stripped, String place) {
        assertThat(WireText.stripDateline(paragraph)).isEqualTo(stripped);
        assertThat(WireText.datelinePlace(paragraph).orElse(null)).isEqualTo(place);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The U.S. envoy met Mr. Smith. Then he left.|The U.S. envoy met Mr. Smith.",
                "Is it over? Nobody knows.|Is it over?",
                "No sentence end here|No sentence end here"
            })
    void shouldFindFirstSentenceWhenAbbreviationsHaveFullStops(String text, String expected) {
        assertThat(WireText.firstSentence(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "BRUSSELS|Brussels",
                "BRUSSELS, March 23|Brussels",
                "Jakarta (Antara)|Jakarta",
                "NEW YORK -|New York"
            })
    void shouldTakePlaceFromProviderDatelineWhenGiven(String dateline, String place) {
        assertThat(WireText.placeOfDateline(dateline)).contains(place);
    }
}
