package io.kawat.publish.internal.compose;

import static io.kawat.publish.internal.testing.NatoStories.CLUSTER;
import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.publish.internal.chrome.Chrome;
import io.kawat.publish.internal.ninjs.NinjsMapper;
import io.kawat.publish.internal.testing.NatoStories;
import io.kawat.publish.internal.testing.NinjsSchema;
import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.EnrichedStory;
import io.kawat.schemas.avro.InfoSource;
import io.kawat.schemas.avro.PubStatus;
import io.kawat.schemas.avro.Section;
import io.kawat.schemas.avro.Signal;
import io.kawat.schemas.avro.TranslationStatus;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleComposerLifecycleTest {

    private static final Chrome CHROME = Chrome.load();
    private static final ArticleComposer COMPOSER = new ArticleComposer(ComposerConfig.defaults(), CHROME);
    private static final NinjsMapper NINJS = new NinjsMapper(CHROME);
    private static final NinjsSchema SCHEMA = NinjsSchema.load();
    private static final Instant T1 = Instant.parse("2021-03-23T13:00:00Z");
    private static final Instant T2 = Instant.parse("2021-03-23T14:00:00Z");
    private static final Instant T3 = Instant.parse("2021-03-23T15:00:00Z");

    private static final EnrichedStory REUTERS = NatoStories.reuters().build();
    private static final EnrichedStory VOA = NatoStories.voa().build();
    private static final EnrichedStory EURONEWS = NatoStories.euronews().build();

    private static Article compose(String language, List<EnrichedStory> members, Article previous, Instant now) {
        Article article = COMPOSER.compose(CLUSTER, language, members, previous, List.of(), now);
        if (article != null) {
            SCHEMA.assertValid(NINJS.toNinjs(article));
        }
        return article;
    }

    @Test
    void shouldReturnNullWhenInputIsUnchanged() throws IOException {
        Article v1 = compose("id", List.of(REUTERS, VOA, EURONEWS), null, T1);
        Article storedAndReadBack =
                Article.getDecoder().decode(Article.getEncoder().encode(v1));

        assertThat(compose("id", List.of(EURONEWS, VOA, REUTERS), v1, T2)).isNull();
        assertThat(compose("id", List.of(REUTERS, VOA, EURONEWS), storedAndReadBack, T2))
                .isNull();
    }

    @Test
    void shouldGiveNextVersionWithCorrectionNoteWhenSourceCorrectsItsReport() {
        Article v1 = compose("id", List.of(REUTERS, VOA, EURONEWS), null, T1);
        EnrichedStory corrected = NatoStories.reuters()
                .version(2)
                .signal(Signal.CORRECTION)
                .paragraphs(
                        "BRUSSELS, March 23 (Reuters) - Blinken promised on Tuesday to rebuild the partnership"
                                + " with NATO (corrects day of visit).",
                        NatoStories.REUTERS_QUOTE)
                .build();

        Article v2 = compose("id", List.of(corrected, VOA, EURONEWS), v1, T2);

        assertThat(v2.getVersion()).isEqualTo(2);
        assertThat(v2.getUri()).isEqualTo(v1.getUri());
        assertThat(v2.getFirstCreated()).isEqualTo(T1);
        assertThat(v2.getVersionCreated()).isEqualTo(T2);
        assertThat(v2.getCorrectionNote())
                .isEqualTo("Koreksi: artikel ini diperbarui setelah Reuters mengoreksi laporannya.");
        assertThat(v2.getSections().get(0).getParagraphs().get(0)).endsWith("(corrects day of visit).");
        assertThat(v2.getBodyHtml()).contains("Koreksi: artikel ini diperbarui");
    }

    @Test
    void shouldGiveNextVersionWithoutNoteWhenSourceJoinsOrUpdates() {
        Article v1 = compose("en", List.of(REUTERS, VOA), null, T1);
        Article v2 = compose("en", List.of(REUTERS, VOA, EURONEWS), v1, T2);
        EnrichedStory updated = NatoStories.voa()
                .version(2)
                .signal(Signal.UPDATE)
                .paragraphs("Updated: NATO ministers ended their talks on Afghanistan.", NatoStories.VOA_QUOTE)
                .build();
        Article v3 = compose("en", List.of(REUTERS, updated, EURONEWS), v2, T3);

        assertThat(v1.getSections()).hasSize(2);
        assertThat(v2.getVersion()).isEqualTo(2);
        assertThat(v2.getSections())
                .extracting(Section::getSourceName)
                .containsExactly("Reuters", "VOA News", "Euronews");
        assertThat(v3.getVersion()).isEqualTo(3);
        assertThat(v3.getSections().get(1).getParagraphs().get(0)).startsWith("Updated:");
        assertThat(v3.getCorrectionNote()).isNull();
        assertThat(v3.getFirstCreated()).isEqualTo(T1);
    }

    @Test
    void shouldRemovePassagesOfCanceledSourceWhenOneSourceIsKilled() {
        Article v1 = compose("es", List.of(REUTERS, VOA, EURONEWS), null, T1);
        EnrichedStory killed = NatoStories.voa()
                .version(2)
                .status(PubStatus.CANCELED)
                .signal(Signal.KILL)
                .build();

        Article v2 = compose("es", List.of(REUTERS, killed, EURONEWS), v1, T2);

        assertThat(v2.getVersion()).isEqualTo(2);
        assertThat(v2.getPubStatus()).isEqualTo(PubStatus.USABLE);
        assertThat(v2.getSections()).extracting(Section::getSourceName).containsExactly("Reuters", "Euronews");
        assertThat(v2.getInfoSources()).extracting(InfoSource::getName).containsExactly("Reuters", "Euronews");
        assertThat(v2.getBodyHtml()).doesNotContain("VOA News").doesNotContain("We arrived together");
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en", "es"})
    void shouldWithdrawArticleInEveryEditionWhenNoUsableSourceRemains(String language) {
        Article v1 = compose(language, List.of(REUTERS, VOA), null, T1);
        EnrichedStory killedReuters =
                NatoStories.reuters().version(2).status(PubStatus.CANCELED).build();
        EnrichedStory withheldVoa =
                NatoStories.voa().version(2).status(PubStatus.WITHHELD).build();

        Article v2 = compose(language, List.of(killedReuters, withheldVoa), v1, T2);

        assertThat(v2.getPubStatus()).isEqualTo(PubStatus.CANCELED);
        assertThat(v2.getVersion()).isEqualTo(2);
        assertThat(v2.getSections()).isEmpty();
        assertThat(v2.getImages()).isEmpty();
        assertThat(v2.getCorrectionNote()).isEqualTo(CHROME.withdrawnNote(language));
        assertThat(v2.getBodyHtml()).doesNotContain("Blinken");
        assertThat(compose(language, List.of(killedReuters, withheldVoa), v2, T3))
                .isNull();
    }

    @Test
    void shouldPublishNothingWhenNoUsableSourceWasEverPublished() {
        EnrichedStory killed = NatoStories.reuters().status(PubStatus.CANCELED).build();

        assertThat(compose("id", List.of(killed), null, T1)).isNull();
        assertThat(compose("id", List.of(), null, T1)).isNull();
    }

    @Test
    void shouldRepublishAsNextUsableVersionWhenSourceReturnsAfterWithdrawal() {
        Article v1 = compose("en", List.of(REUTERS), null, T1);
        Article v2 = compose(
                "en",
                List.of(NatoStories.reuters()
                        .version(2)
                        .status(PubStatus.CANCELED)
                        .build()),
                v1,
                T2);

        Article v3 = compose("en", List.of(NatoStories.reuters().version(3).build()), v2, T3);

        assertThat(v3.getPubStatus()).isEqualTo(PubStatus.USABLE);
        assertThat(v3.getVersion()).isEqualTo(3);
        assertThat(v3.getCorrectionNote()).isNull();
        assertThat(v3.getFirstCreated()).isEqualTo(T1);
    }

    @Test
    void shouldNotMakeNewVersionWhenOnlyRelatedCandidatesChange() {
        Article v1 = compose("en", List.of(REUTERS), null, T1);
        List<RelatedCandidate> related =
                List.of(new RelatedCandidate("kawat:article:other:en", "NATO summit ends", List.of("nato"), List.of()));

        assertThat(COMPOSER.compose(CLUSTER, "en", List.of(REUTERS), v1, related, T2))
                .isNull();
    }

    @Test
    void shouldNotMakeNewVersionWhenEmbargoPassesOrTranslationIsOnlyRetried() {
        EnrichedStory embargoed = NatoStories.reuters()
                .embargoedUntil("2021-03-23T14:30:00+01:00")
                .translation("id", "libretranslate", TranslationStatus.PENDING)
                .build();
        Article held = compose("id", List.of(embargoed), null, T1);
        EnrichedStory retried = NatoStories.reuters()
                .embargoedUntil("2021-03-23T14:30:00+01:00")
                .translation("id", "libretranslate", TranslationStatus.PENDING)
                .build();
        retried.getTranslations().get(0).setUpdatedAt(T2);

        assertThat(held.getEmbargoedUntil()).isEqualTo(Instant.parse("2021-03-23T13:30:00Z"));
        assertThat(compose("id", List.of(retried), held, T3)).isNull();
    }
}
