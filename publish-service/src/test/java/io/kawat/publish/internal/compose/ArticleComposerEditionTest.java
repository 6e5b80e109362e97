package io.kawat.publish.internal.compose;

import static io.kawat.publish.internal.testing.NatoStories.CLUSTER;
import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.publish.internal.chrome.Chrome;
import io.kawat.publish.internal.ninjs.NinjsMapper;
import io.kawat.publish.internal.testing.NatoStories;
import io.kawat.publish.internal.testing.NinjsSchema;
import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.EnrichedStory;
import io.kawat.schemas.avro.RelatedLink;
import io.kawat.schemas.avro.TranslationStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleComposerEditionTest {

    private static final Chrome CHROME = Chrome.load();
    private static final ArticleComposer COMPOSER = new ArticleComposer(ComposerConfig.defaults(), CHROME);
    private static final NinjsMapper NINJS = new NinjsMapper(CHROME);
    private static final NinjsSchema SCHEMA = NinjsSchema.load();
    private static final Instant NOW = Instant.parse("2021-03-23T13:00:00Z");

    private static Article compose(String language, List<EnrichedStory> members, List<RelatedCandidate> related) {
        Article article = COMPOSER.compose(CLUSTER, language, members, null, related, NOW);
        SCHEMA.assertValid(NINJS.toNinjs(article));
        return article;
    }

    @Test
    void shouldKeepSourceTextAndSayTranslationIsPendingWhenNoTranslationIsGiven() {
        Article article = compose(
                "id", List.of(NatoStories.reuters().build(), NatoStories.voa().build()), List.of());

        assertThat(article.getTranslation().getStatus()).isEqualTo(TranslationStatus.PENDING);
        assertThat(article.getTranslation().getLanguage()).isEqualTo("id");
        assertThat(article.getSections().get(1).getParagraphs()).contains(NatoStories.VOA_QUOTE);
        assertThat(article.getBodyHtml()).contains("Terjemahan belum tersedia");
        assertThat(NINJS.toNinjs(article).path("ednote").asText()).startsWith("Terjemahan belum tersedia");
    }

    @Test
    void shouldSayPairIsUnsupportedWhenNoEngineTranslatesIt() {
        EnrichedStory reuters = NatoStories.reuters()
                .translation("id", null, TranslationStatus.UNSUPPORTED_PAIR)
                .build();
        EnrichedStory voa = NatoStories.voa()
                .translation("id", "libretranslate", TranslationStatus.PENDING)
                .build();

        Article article = compose("id", List.of(reuters, voa), List.of());

        assertThat(article.getTranslation().getStatus()).isEqualTo(TranslationStatus.UNSUPPORTED_PAIR);
        assertThat(article.getBodyHtml()).contains("Terjemahan belum tersedia");
    }

    @Test
    void shouldRecordTranslationWithoutNoteWhenEveryForeignSourceIsTranslated() {
        EnrichedStory reuters = NatoStories.reuters()
                .translation("es", "apertium", TranslationStatus.TRANSLATED)
                .build();

        Article article = compose("es", List.of(reuters), List.of());

        assertThat(article.getTranslation().getStatus()).isEqualTo(TranslationStatus.TRANSLATED);
        assertThat(article.getTranslation().getEngine()).isEqualTo("apertium");
        assertThat(article.getBodyHtml()).doesNotContain("Traducción no disponible");
    }

    @Test
    void shouldHaveNoTranslationStateWhenSourcesAreInEditionLanguage() {
        EnrichedStory indonesian = NatoStories.reuters()
                .id("antara:id-1")
                .source("antara", "Antara")
                .language("id")
                .headline("Menlu AS berupaya tingkatkan kerja sama dengan NATO")
                .build();

        Article article = compose("id", List.of(indonesian), List.of());

        assertThat(article.getTranslation()).isNull();
        assertThat(article.getHeadline()).isEqualTo("Menlu AS berupaya tingkatkan kerja sama dengan NATO");
    }

    @Test
    void shouldSetLatestFutureEmbargoAndIgnorePastOnesWhenMembersAreEmbargoed() {
        EnrichedStory reuters = NatoStories.reuters()
                .embargoedUntil("2021-03-23T15:00:00+01:00")
                .build();
        EnrichedStory voa =
                NatoStories.voa().embargoedUntil("2021-03-23T16:30:00+01:00").build();
        EnrichedStory euronews = NatoStories.euronews()
                .embargoedUntil("2021-03-23T12:00:00+01:00")
                .build();

        assertThat(compose("en", List.of(reuters, voa, euronews), List.of()).getEmbargoedUntil())
                .isEqualTo(Instant.parse("2021-03-23T15:30:00Z"));
        assertThat(compose("en", List.of(euronews), List.of()).getEmbargoedUntil())
                .isNull();
    }

    @Test
    void shouldLinkBestThreeRelatedArticlesButNeverItselfWhenCandidatesGiven() {
        String self = ArticleComposer.uri(CLUSTER, "id");
        List<RelatedCandidate> candidates = List.of(
                new RelatedCandidate(self, "Itself", List.of("nato", "blinken"), List.of("kawat:nato")),
                new RelatedCandidate(
                        "kawat:article:a:id",
                        "Sekjen NATO: Belum saatnya tinggalkan Afghanistan",
                        List.of("nato", "afghanistan"),
                        List.of("kawat:nato", "kawat:jens-stoltenberg")),
                new RelatedCandidate(
                        "kawat:article:b:id",
                        "Rusia keluar dari perjanjian Open Skies",
                        List.of("russia"),
                        List.of("geonames:2017370")),
                new RelatedCandidate("kawat:article:c:id", "Harga beras naik", List.of("rice"), List.of("kawat:bulog")),
                new RelatedCandidate("kawat:article:d:id", "NATO ministers meet", List.of("nato"), List.of()),
                new RelatedCandidate("kawat:article:e:id", "Cyber attacks on elections", List.of("cyber"), List.of()));

        Article article = compose(
                "id",
                List.of(
                        NatoStories.reuters().build(),
                        NatoStories.voa().build(),
                        NatoStories.euronews().build()),
                candidates);

        assertThat(article.getRelated())
                .extracting(RelatedLink::getUri)
                .containsExactly("kawat:article:a:id", "kawat:article:b:id", "kawat:article:d:id");
        assertThat(article.getBodyHtml())
                .contains("Baca Juga:", "Sekjen NATO: Belum saatnya tinggalkan Afghanistan")
                .doesNotContain("Harga beras naik");
    }
}
