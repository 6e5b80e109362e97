package io.kawat.enrich.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.schemas.avro.Entity;
import io.kawat.schemas.avro.TopicTag;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StoryAnalyzerTest {

    private static StoryAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = StoryAnalyzer.load(AnalyzerConfig.defaults());
    }

    @Test
    void shouldAnalyseEveryAspectWhenGivenAnEnglishStory() {
        Analysis a = analyzer.analyze(TestStories.story(
                "reuters:ecb",
                Instant.parse("2024-04-11T12:30:00Z"),
                "en-GB",
                "ECB holds rates, signals June cut as inflation eases",
                null,
                List.of(
                        "FRANKFURT (Reuters) - The European Central Bank kept interest rates at record highs on Thursday "
                                + "but signalled it could cut borrowing costs in June if inflation keeps falling.",
                        "ECB President Christine Lagarde said a few policymakers were ready to cut rates already.")));

        assertThat(a.language()).isEqualTo("en");
        assertThat(a.declaredLanguage()).isEqualTo("en-GB");
        assertThat(a.paragraphs()).hasSize(2);
        assertThat(a.entities())
                .extracting(Entity::getName)
                .contains("European Central Bank", "Christine Lagarde", "Frankfurt am Main", "Reuters");
        assertThat(a.topics()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(a.topics().get(0))
                .extracting(TopicTag::getQcode, TopicTag::getLabel)
                .containsExactly("medtop:04000000", "economy, business and finance");
        assertThat(a.keywords()).contains("rates").hasSizeLessThanOrEqualTo(10);
        assertThat(a.summary()).startsWith("The European Central Bank kept interest rates");
        assertThat(a.wordCount()).isEqualTo(41);
        assertThat(a.readingTimeMinutes()).isEqualTo(1);
    }

    @Test
    void shouldLabelTopicsInTheStoryLanguageWhenTheVocabularyHasIt() {
        Analysis a = analyzer.analyze(TestStories.story(
                "efe:1",
                Instant.parse("2024-04-17T22:30:00Z"),
                "es",
                "El Real Madrid elimina al Manchester City en los penaltis",
                null,
                List.of("El Real Madrid se clasificó para las semifinales de la Liga de Campeones tras eliminar al "
                        + "Manchester City en la tanda de penaltis.")));

        assertThat(a.language()).isEqualTo("es");
        assertThat(a.topics().get(0).getQcode()).isEqualTo("medtop:15000000");
        assertThat(a.topics().get(0).getLabel()).isEqualTo("Deporte");
    }

    @Test
    void shouldFallBackToEnglishLabelsAndKeepStandfirstWhenStoryIsIndonesian() {
        Analysis a = analyzer.analyze(TestStories.story(
                "antara:1",
                Instant.parse("2024-04-27T15:10:00Z"),
                "id",
                "Gempa magnitudo 6,2 guncang Garut",
                "Gempa kuat mengguncang Jawa Barat.",
                List.of(
                        "Gempa bumi berkekuatan magnitudo 6,2 mengguncang Kabupaten Garut, Jawa Barat, pada Sabtu malam, "
                                + "menurut BMKG. Warga berhamburan keluar rumah.")));

        assertThat(a.language()).isEqualTo("id");
        assertThat(a.summary()).isEqualTo("Gempa kuat mengguncang Jawa Barat.");
        assertThat(a.topics().get(0).getQcode()).isEqualTo("medtop:03000000");
        assertThat(a.topics().get(0).getLabel()).isEqualTo("disaster, accident and emergency incident");
        assertThat(a.entities()).extracting(Entity::getName).contains("Kabupaten Garut", "Jawa Barat", "BMKG");
    }

    @Test
    void shouldReturnEmptyAnalysisWhenStoryHasNoText() {
        Analysis a = analyzer.analyze(
                TestStories.story("x:1", Instant.parse("2024-01-01T00:00:00Z"), null, "", null, List.of()));

        assertThat(a.language()).isEqualTo("und");
        assertThat(a.paragraphs()).isEmpty();
        assertThat(a.summary()).isNull();
        assertThat(a.wordCount()).isZero();
        assertThat(a.readingTimeMinutes()).isZero();
    }
}
