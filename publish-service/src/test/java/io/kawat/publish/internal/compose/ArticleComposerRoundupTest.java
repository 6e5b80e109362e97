package io.kawat.publish.internal.compose;

import static io.kawat.publish.internal.testing.NatoStories.CLUSTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.kawat.publish.internal.chrome.Chrome;
import io.kawat.publish.internal.ninjs.NinjsMapper;
import io.kawat.publish.internal.testing.NatoStories;
import io.kawat.publish.internal.testing.NinjsSchema;
import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.EnrichedStory;
import io.kawat.schemas.avro.Entity;
import io.kawat.schemas.avro.InfoSource;
import io.kawat.schemas.avro.Media;
import io.kawat.schemas.avro.PubStatus;
import io.kawat.schemas.avro.Section;
import io.kawat.schemas.avro.TopicTag;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleComposerRoundupTest {

    private static final Chrome CHROME = Chrome.load();
    private static final ArticleComposer COMPOSER = new ArticleComposer(ComposerConfig.defaults(), CHROME);
    private static final NinjsMapper NINJS = new NinjsMapper(CHROME);
    private static final NinjsSchema SCHEMA = NinjsSchema.load();
    private static final Instant NOW = Instant.parse("2021-03-23T13:00:00Z");

    private static List<EnrichedStory> threeReports() {
        return List.of(
                NatoStories.euronews().build(),
                NatoStories.reuters().build(),
                NatoStories.voa().build());
    }

    private static Article compose(String language, List<EnrichedStory> members) {
        Article article = COMPOSER.compose(CLUSTER, language, members, null, List.of(), NOW);
        SCHEMA.assertValid(NINJS.toNinjs(article));
        return article;
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "id|Melansir dari|Brussels, Kawat - Selasa, 23 Maret 2021",
                "en|According to|Brussels, Kawat - Tuesday, 23 March 2021",
                "es|Según|Brussels, Kawat - martes, 23 de marzo de 2021"
            })
    void shouldComposeOneRoundupCreditingAllThreeSourcesWhenThreeWireReportsArrive(
            String language, String credit, String dateline) {
        Article article = compose(language, threeReports());

        assertThat(article.getUri()).isEqualTo("kawat:article:" + CLUSTER + ":" + language);
        assertThat(article.getVersion()).isEqualTo(1);
        assertThat(article.getPubStatus()).isEqualTo(PubStatus.USABLE);
        assertThat(article.getHeadline()).isEqualTo(NatoStories.REUTERS_HEADLINE);
        assertThat(article.getStandfirst())
                .isEqualTo("NATO is a valued ally of the United States, its top diplomat says");
        assertThat(article.getDateline()).isEqualTo(dateline);
        assertThat(article.getByline()).isEqualTo("Kawat Newsroom");
        assertThat(article.getSlug()).isEqualTo("blinken-pledges-to-rebuild-ties-with-nato-allies");
        assertThat(article.getSections())
                .extracting(Section::getSourceName)
                .containsExactly("Reuters", "VOA News", "Euronews");
        assertThat(article.getSections())
                .extracting(Section::getAttribution)
                .containsExactly(credit + " Reuters", credit + " VOA News", credit + " Euronews");
        assertThat(article.getSections())
                .extracting(Section::getHeading)
                .containsExactly(
                        "U.S. Secretary of State Antony Blinken promised on Tuesday to rebuild the partnership with NATO on…",
                        "Afghanistan withdrawal dominates NATO talks",
                        "Russia and China on the table as NATO ministers meet");
        assertThat(article.getInfoSources())
                .extracting(InfoSource::getName, InfoSource::getRole)
                .containsExactly(tuple("Reuters", "source"), tuple("VOA News", "source"), tuple("Euronews", "source"));
        assertThat(article.getBodyHtml()).contains(credit + " Reuters", credit + " VOA News", credit + " Euronews");
    }

    @Test
    void shouldKeepQuotesWithTheirSpeakerAndDropAgencyDatelineWhenComposing() {
        Article article = compose("id", threeReports());

        assertThat(article.getSections().get(0).getParagraphs())
                .containsExactly(
                        "U.S. Secretary of State Antony Blinken promised on Tuesday to rebuild the partnership with NATO on his"
                                + " first visit to the alliance since President Joe Biden took office.",
                        NatoStories.REUTERS_QUOTE,
                        "European allies welcomed the change of tone after four years of strained relations over military budgets.");
        assertThat(article.getSections().get(1).getParagraphs()).contains(NatoStories.VOA_QUOTE);
    }

    @Test
    void shouldMergeTagsEntitiesAndImagesWhenSourcesOverlap() {
        Article article = compose("id", threeReports());

        assertThat(article.getSubjects())
                .extracting(TopicTag::getQcode, TopicTag::getLabel)
                .containsExactly(
                        tuple("medtop:11000000", "Politik"),
                        tuple("medtop:16000000", "Konflik, perang, dan perdamaian"));
        assertThat(article.getPeople())
                .extracting(Entity::getName)
                .containsExactly("Antony Blinken", "Jens Stoltenberg", "Jamie Shea");
        assertThat(article.getOrganisations()).extracting(Entity::getName).containsExactly("NATO");
        assertThat(article.getPlaces())
                .extracting(Entity::getName)
                .containsExactly("Afganistan", "Rusia", "Brussels", "Tiongkok", "Belgia");
        assertThat(article.getImages())
                .extracting(Media::getCaption, Media::getCredit)
                .containsExactly(
                        tuple("Antony Blinken arrives at NATO headquarters in Brussels", "Reuters/Photo Desk"));
    }

    @Test
    void shouldCreditSyndicatedCopyWithoutRepeatingItWhenCopyJoins() {
        List<EnrichedStory> members = List.of(
                NatoStories.reuters().build(),
                NatoStories.voa().build(),
                NatoStories.euronews().build(),
                NatoStories.syndicatedCopy().build());

        Article article = compose("en", members);

        assertThat(article.getSections())
                .extracting(Section::getSourceName)
                .containsExactly("Reuters", "VOA News", "Euronews");
        assertThat(article.getInfoSources())
                .extracting(InfoSource::getStoryId, InfoSource::getRole)
                .contains(tuple("antara:copy-1", "syndicated"));
        assertThat(article.getBodyHtml()).doesNotContain("According to Antara");
    }

    @Test
    void shouldComposeSingleSourceArticleWithOneCreditedLeadSectionWhenOneStory() {
        Article article = compose("es", List.of(NatoStories.voa().build()));

        assertThat(article.getSections()).hasSize(1);
        Section lead = article.getSections().get(0);
        assertThat(lead.getHeading()).isNull();
        assertThat(lead.getAttribution()).isEqualTo("Según VOA News");
        assertThat(article.getHeadline()).isEqualTo("Afghanistan withdrawal dominates NATO talks");
        assertThat(article.getDateline()).isEqualTo("Brussels, Kawat - martes, 23 de marzo de 2021");
    }

    @Test
    void shouldKeepEarliestReportAsLeadWhenLaterStoryIsLongerAndSkipFlashWhenItIsTooShort() {
        EnrichedStory flash = NatoStories.euronews()
                .id("afp:flash-1")
                .source("afp", "AFP")
                .headline("FLASH: Blinken in Brussels")
                .firstCreated("2021-03-23T09:00:00+01:00")
                .paragraphs("Blinken arrives at NATO.")
                .build();
        EnrichedStory longer = NatoStories.voa()
                .paragraphs("A much longer VOA report " + "with many more words about the meeting ".repeat(20))
                .build();

        Article article = compose("en", List.of(flash, NatoStories.reuters().build(), longer));

        assertThat(article.getHeadline()).isEqualTo(NatoStories.REUTERS_HEADLINE);
        assertThat(article.getSections())
                .extracting(Section::getSourceName)
                .containsExactly("Reuters", "AFP", "VOA News");
    }
}
