package io.kawat.enrich.internal.keyword;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.enrich.internal.text.TermAnalyzer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeywordExtractorTest {

    private final TermAnalyzer analyzer = new TermAnalyzer(List.of("en", "id"));

    private List<String> keywords(KeywordExtractor extractor, String text, Set<String> names, String lang) {
        return extractor.extract(text, text.indexOf('\n'), analyzer.terms(text, lang), names, lang);
    }

    @Test
    void shouldRankRepeatedTermsAndShowUnstemmedFormsWhenExtracting() {
        KeywordExtractor extractor = new KeywordExtractor(new DocumentFrequencies(100, 1000));
        String text =
                "Earthquake shakes Garut\nThe earthquake damaged houses. Earthquakes are common; houses collapsed "
                        + "in Garut and the agency counted damaged houses.";

        List<String> keywords = keywords(extractor, text, Set.of("Garut"), "en");

        assertThat(keywords.get(0)).isEqualTo("earthquake");
        assertThat(keywords).contains("Garut", "houses", "damaged").doesNotContain("the", "and", "earthquakes");
    }

    @Test
    void shouldKeepNamesUnstemmedWhenTheAnalyzerWouldStemThem() {
        KeywordExtractor extractor = new KeywordExtractor(new DocumentFrequencies(100, 1000));
        String text = "Gempa di Medan\nGempa mengguncang Medan dan sekitarnya.";

        assertThat(keywords(extractor, text, Set.of("Medan"), "id")).contains("Medan", "gempa");
    }

    @Test
    void shouldWeighDownTermsSeenInEveryDocumentWhenCorpusGrows() {
        DocumentFrequencies df = new DocumentFrequencies(100, 1000);
        for (int i = 0; i < 5; i++) {
            df.addAndWeigh("en", Set.of("said", "term" + i));
        }

        Map<String, Double> idf = df.addAndWeigh("en", Set.of("said", "rare"));

        assertThat(idf.get("said")).isLessThan(idf.get("rare"));
    }

    @Test
    void shouldHalveCountsWhenTheHalfLifeIsReached() {
        DocumentFrequencies df = new DocumentFrequencies(4, 1000);
        for (int i = 0; i < 4; i++) {
            df.addAndWeigh("en", Set.of("common"));
        }

        Map<String, Double> idf = df.addAndWeigh("en", Set.of("common"));

        // after halving: 2 documents and df 2, then this one: 3 documents, df 3
        assertThat(idf.get("common")).isEqualTo(Math.log(4.0 / 3) + 1.0);
    }
}
