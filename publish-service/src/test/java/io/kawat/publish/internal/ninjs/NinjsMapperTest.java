package io.kawat.publish.internal.ninjs;

import static io.kawat.publish.internal.testing.NatoStories.CLUSTER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kawat.publish.internal.chrome.Chrome;
import io.kawat.publish.internal.compose.ArticleComposer;
import io.kawat.publish.internal.compose.ComposerConfig;
import io.kawat.publish.internal.compose.RelatedCandidate;
import io.kawat.publish.internal.testing.NatoStories;
import io.kawat.publish.internal.testing.NinjsSchema;
import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.PubStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class NinjsMapperTest {

    private static final Chrome CHROME = Chrome.load();
    private static final ArticleComposer COMPOSER = new ArticleComposer(ComposerConfig.defaults(), CHROME);
    private static final NinjsMapper NINJS = new NinjsMapper(CHROME);
    private static final NinjsSchema SCHEMA = NinjsSchema.load();
    private static final Instant NOW = Instant.parse("2021-03-23T13:00:00Z");

    private static Article roundup() {
        List<RelatedCandidate> related = List.of(
                new RelatedCandidate("kawat:article:other:id", "NATO summit", List.of("nato"), List.of("kawat:nato")));
        return COMPOSER.compose(
                CLUSTER,
                "id",
                List.of(
                        NatoStories.reuters().build(),
                        NatoStories.voa().build(),
                        NatoStories.euronews().build()),
                null,
                related,
                NOW);
    }

    @Test
    void shouldMapRoundupToValidNinjsWhenComposed() {
        ObjectNode n = NINJS.toNinjs(roundup());

        SCHEMA.assertValid(n);
        assertThat(n.path("uri").asText()).isEqualTo("kawat:article:" + CLUSTER + ":id");
        assertThat(n.path("version").asText()).isEqualTo("1");
        assertThat(n.path("pubstatus").asText()).isEqualTo("usable");
        assertThat(n.path("language").asText()).isEqualTo("id");
        assertThat(n.path("headlines").get(0).path("value").asText()).isEqualTo(NatoStories.REUTERS_HEADLINE);
        assertThat(n.path("descriptions").findValuesAsText("value"))
                .contains("Brussels, Kawat - Selasa, 23 Maret 2021");
        assertThat(n.path("subjects").get(0).path("uri").asText())
                .isEqualTo("http://cv.iptc.org/newscodes/mediatopic/11000000");
        assertThat(n.path("subjects").get(0).path("name").asText()).isEqualTo("Politik");
        assertThat(n.path("places").findValuesAsText("uri")).contains("https://sws.geonames.org/2802361/");
        assertThat(n.path("infosources"))
                .extracting(a -> a.path("name").asText())
                .containsExactly("Reuters", "VOA News", "Euronews");
        assertThat(n.path("associations"))
                .extracting(a -> a.path("name").asText())
                .containsExactly("image1", "related1");
        assertThat(n.path("associations")
                        .get(0)
                        .path("renditions")
                        .get(0)
                        .path("href")
                        .asText())
                .isEqualTo("https://img.example.test/reuters/blinken-brussels.jpg");
        assertThat(n.path("bodies").get(1).path("value").asText()).contains("Melansir dari Reuters: U.S. Secretary");
        assertThat(n.path("by").asText()).isEqualTo("Kawat Newsroom");
    }

    @Test
    void shouldMapWithdrawalToValidCanceledNinjsWhenArticleIsKilled() {
        Article v1 = roundup();
        Article killed = COMPOSER.compose(
                CLUSTER,
                "id",
                List.of(NatoStories.reuters()
                        .version(2)
                        .status(PubStatus.CANCELED)
                        .build()),
                v1,
                List.of(),
                NOW);

        ObjectNode n = NINJS.toNinjs(killed);

        SCHEMA.assertValid(n);
        assertThat(n.path("pubstatus").asText()).isEqualTo("canceled");
        assertThat(n.path("version").asText()).isEqualTo("2");
        assertThat(n.path("ednote").asText()).isEqualTo("Artikel ini telah ditarik.");
    }

    @Test
    void shouldEncodeUriWhenClusterIdIsNotUriSafe() {
        Article article = COMPOSER.compose(
                "cluster with spaces/and\"quotes",
                "en",
                List.of(NatoStories.reuters().build()),
                null,
                List.of(),
                NOW);

        ObjectNode n = NINJS.toNinjs(article);

        SCHEMA.assertValid(n);
        assertThat(n.path("uri").asText()).startsWith("urn:kawat:kawat:article:cluster%20with%20spaces");
    }

    @Test
    void shouldReportErrorsWhenDocumentBreaksTheSchema() {
        ObjectNode n = NINJS.toNinjs(roundup());
        n.put("pubstatus", "deleted");
        n.put("unknownproperty", true);
        ((ObjectNode) n.path("headlines").get(0)).remove("value");

        JsonNode broken = n;
        assertThat(SCHEMA.errors(broken)).hasSizeGreaterThanOrEqualTo(3);
    }
}
