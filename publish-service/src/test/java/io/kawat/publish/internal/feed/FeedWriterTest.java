package io.kawat.publish.internal.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.kawat.publish.internal.chrome.Chrome;
import io.kawat.publish.internal.compose.ArticleComposer;
import io.kawat.publish.internal.compose.ComposerConfig;
import io.kawat.publish.internal.testing.NatoStories;
import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.PubStatus;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class FeedWriterTest {

    private static final Chrome CHROME = Chrome.load();
    private static final ArticleComposer COMPOSER = new ArticleComposer(ComposerConfig.defaults(), CHROME);
    private static final FeedWriter FEEDS = new FeedWriter();
    private static final FeedInfo INFO = new FeedInfo(
            "Kawat id & friends",
            "http://127.0.0.1:8083/api/feeds/id/all.atom",
            "http://127.0.0.1:8083/api/articles?language=id");
    private static final String TRICKY = "NATO <b>&</b> \"allies\" ]]> \u0001 ünïcode";

    private static List<Article> articles() {
        Article roundup = COMPOSER.compose(
                NatoStories.CLUSTER,
                "id",
                List.of(
                        NatoStories.reuters().build(),
                        NatoStories.voa().build(),
                        NatoStories.euronews().build()),
                null,
                List.of(),
                Instant.parse("2021-03-23T13:00:00Z"));
        Article tricky = COMPOSER.compose(
                "cl-tricky",
                "id",
                List.of(NatoStories.voa()
                        .headline(TRICKY)
                        .paragraphs("Body with ]]> and <script>x</script> and \u0002 control.")
                        .build()),
                null,
                List.of(),
                Instant.parse("2021-03-23T14:00:00Z"));
        Article withdrawnV1 = COMPOSER.compose(
                "cl-killed",
                "id",
                List.of(NatoStories.euronews().build()),
                null,
                List.of(),
                Instant.parse("2021-03-23T12:00:00Z"));
        Article withdrawn = COMPOSER.compose(
                "cl-killed",
                "id",
                List.of(NatoStories.euronews()
                        .version(2)
                        .status(PubStatus.CANCELED)
                        .build()),
                withdrawnV1,
                List.of(),
                Instant.parse("2021-03-23T15:00:00Z"));
        return List.of(roundup, tricky, withdrawn);
    }

    private static Document parseXml(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static SyndFeed parseWithRome(String xml) throws Exception {
        return new SyndFeedInput()
                .build(new InputSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void shouldWriteWellFormedAtomWithPublishedArticlesNewestFirstWhenItemsGiven() throws Exception {
        String atom = FEEDS.atom(INFO, articles());

        Document dom = parseXml(atom);
        assertThat(dom.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(dom.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        SyndFeed feed = parseWithRome(atom);
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isEqualTo("Kawat id & friends");
        assertThat(feed.getEntries())
                .extracting(SyndEntry::getUri)
                .containsExactly("kawat:article:cl-tricky:id", "kawat:article:" + NatoStories.CLUSTER + ":id");
        SyndEntry tricky = feed.getEntries().get(0);
        assertThat(tricky.getTitle()).isEqualTo("NATO <b>&</b> \"allies\" ]]>  ünïcode");
        assertThat(tricky.getLink())
                .isEqualTo("http://127.0.0.1:8083/api/articles/kawat%3Aarticle%3Acl-tricky%3Aid.html");
        assertThat(tricky.getContents().get(0).getValue())
                .doesNotContain("<script")
                .contains("Melansir dari VOA News");
        assertThat(feed.getEntries().get(1).getCategories())
                .extracting(c -> c.getName())
                .contains("medtop:11000000");
    }

    @Test
    void shouldWriteWellFormedRssWhenItemsGiven() throws Exception {
        String rss = FEEDS.rss(INFO, articles());

        Document dom = parseXml(rss);
        assertThat(dom.getDocumentElement().getTagName()).isEqualTo("rss");
        SyndFeed feed = parseWithRome(rss);
        assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
        assertThat(feed.getEntries())
                .extracting(SyndEntry::getTitle)
                .containsExactly("NATO <b>&</b> \"allies\" ]]>  ünïcode", NatoStories.REUTERS_HEADLINE);
        assertThat(feed.getEntries().get(1).getDescription().getValue())
                .isEqualTo("NATO is a valued ally of the United States, its top diplomat says");
        assertThat(feed.getEntries().get(1).getPublishedDate().toInstant()).isEqualTo("2021-03-23T13:00:00Z");
        assertThat(dom.getElementsByTagNameNS("http://purl.org/rss/1.0/modules/content/", "encoded")
                        .getLength())
                .isEqualTo(2);
    }

    @Test
    void shouldWriteJsonFeedThatParsesBackWhenItemsGiven() throws Exception {
        JsonNode feed = new ObjectMapper().readTree(FEEDS.jsonFeed(INFO, articles()));

        assertThat(feed.path("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.path("feed_url").asText()).isEqualTo(INFO.selfUrl());
        assertThat(feed.path("items")).hasSize(2);
        JsonNode roundup = feed.path("items").get(1);
        assertThat(roundup.path("id").asText()).isEqualTo("kawat:article:" + NatoStories.CLUSTER + ":id");
        assertThat(roundup.path("title").asText()).isEqualTo(NatoStories.REUTERS_HEADLINE);
        assertThat(roundup.path("content_html").asText()).contains("Melansir dari Euronews");
        assertThat(roundup.path("tags").get(0).asText()).isEqualTo("Politik");
        assertThat(roundup.path("image").asText()).isEqualTo("https://img.example.test/reuters/blinken-brussels.jpg");
        assertThat(feed.path("items").get(0).path("title").asText()).isEqualTo(TRICKY);
    }

    @Test
    void shouldWriteValidEmptyFeedsWhenNoArticleIsPublished() throws Exception {
        assertThat(parseWithRome(FEEDS.atom(INFO, List.of())).getEntries()).isEmpty();
        assertThat(parseWithRome(FEEDS.rss(INFO, List.of())).getEntries()).isEmpty();
        assertThat(new ObjectMapper().readTree(FEEDS.jsonFeed(INFO, List.of())).path("items"))
                .isEmpty();
    }
}
