package io.kawat.publish.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.publish.internal.chrome.Chrome;
import io.kawat.publish.internal.compose.ArticleComposer;
import io.kawat.publish.internal.compose.ComposerConfig;
import io.kawat.publish.internal.compose.RelatedCandidate;
import io.kawat.publish.internal.testing.NatoStories;
import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.EnrichedStory;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ArticleHtmlRendererTest {

    private static final Chrome CHROME = Chrome.load();
    private static final ArticleComposer COMPOSER = new ArticleComposer(ComposerConfig.defaults(), CHROME);
    private static final ArticleHtmlRenderer RENDERER = new ArticleHtmlRenderer(CHROME);
    private static final Instant NOW = Instant.parse("2021-03-23T13:00:00Z");
    private static final String HOSTILE = "<script>alert('x')</script> Blinken & <img src=x onerror=alert(1)>";

    private static Article hostileArticle() {
        EnrichedStory story = NatoStories.reuters()
                .headline(HOSTILE)
                .standfirst("<b onmouseover=\"steal()\">bold</b>")
                .paragraphs(
                        "First <iframe src=\"https://evil.example/\"></iframe> paragraph.",
                        "<a href=\"javascript:alert(1)\">click</a> \"quoted\" & 'single'")
                .image("javascript:alert(1)", "<svg onload=alert(1)>", "Agency\" onclick=\"x")
                .build();
        List<RelatedCandidate> related = List.of(
                new RelatedCandidate("kawat:article:x:en", "\"><script>bad()</script>", List.of("nato"), List.of()));
        return COMPOSER.compose("cl-hostile", "en", List.of(story), null, related, NOW);
    }

    private static void assertNoActiveContent(String html) {
        assertThat(html)
                .doesNotContainIgnoringCase("<script")
                .doesNotContainIgnoringCase("<iframe")
                .doesNotContainIgnoringCase("<svg");
        Document doc = Jsoup.parseBodyFragment(html);
        for (Element e : doc.getAllElements()) {
            assertThat(e.attributes().asList())
                    .as("attributes of <%s>", e.tagName())
                    .noneMatch(a -> a.getKey().toLowerCase(Locale.ROOT).startsWith("on"))
                    .noneMatch(a -> a.getValue().trim().toLowerCase(Locale.ROOT).startsWith("javascript:"));
        }
        assertThat(doc.select("script, iframe, svg, style, object, embed")).isEmpty();
    }

    @Test
    void shouldEscapeHostileHeadlineAndTextWhenRendering() {
        String html = RENDERER.render(hostileArticle());

        assertNoActiveContent(html);
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.selectFirst("h1").text()).isEqualTo(HOSTILE);
        assertThat(html)
                .contains("&lt;script&gt;alert('x')&lt;/script&gt; Blinken &amp; &lt;img src=x onerror=alert(1)&gt;");
        assertThat(doc.select(".kawat-section p").get(1).text())
                .isEqualTo("<a href=\"javascript:alert(1)\">click</a> \"quoted\" & 'single'");
        assertThat(doc.select("img").eachAttr("src"))
                .containsExactly("https://img.example.test/reuters/blinken-brussels.jpg");
    }

    @Test
    void shouldSanitiseStoredBodyHtmlWhenItWasTamperedWith() {
        Article article = hostileArticle();
        article.setBodyHtml("<p onclick=\"x()\">kept text</p><script>bad()</script>"
                + "<a href=\"javascript:evil()\" onmouseover=\"y()\">link</a><style>p{}</style>");

        String html = RENDERER.render(article);

        assertNoActiveContent(html);
        assertThat(Jsoup.parseBodyFragment(html).selectFirst(".kawat-body").text())
                .isEqualTo("kept text link");
    }

    @Test
    void shouldRenderRoundupChromeInEditionLanguageWhenComposed() {
        Article article = COMPOSER.compose(
                NatoStories.CLUSTER,
                "id",
                List.of(
                        NatoStories.reuters().build(),
                        NatoStories.voa().build(),
                        NatoStories.euronews().build()),
                null,
                List.of(new RelatedCandidate(
                        "kawat:article:a:id",
                        "Sekjen NATO: Belum saatnya tinggalkan Afghanistan",
                        List.of("nato"),
                        List.of())),
                NOW);

        Document doc = Jsoup.parseBodyFragment(RENDERER.render(article));

        assertThat(doc.select("h2").eachText())
                .containsExactly(
                        "1. U.S. Secretary of State Antony Blinken promised on Tuesday to rebuild the partnership with NATO on…",
                        "2. Afghanistan withdrawal dominates NATO talks",
                        "3. Russia and China on the table as NATO ministers meet");
        assertThat(doc.select(".kawat-credit").eachText())
                .containsExactly(
                        "Sumber: Reuters/Photo Desk",
                        "Melansir dari Reuters",
                        "Melansir dari VOA News",
                        "Melansir dari Euronews");
        assertThat(doc.selectFirst(".kawat-read-also").text())
                .isEqualTo("Baca Juga: Sekjen NATO: Belum saatnya tinggalkan Afghanistan");
        assertThat(doc.selectFirst(".kawat-read-also a").attr("href"))
                .isEqualTo("/api/articles/kawat%3Aarticle%3Aa%3Aid.html");
        assertThat(doc.selectFirst(".kawat-dateline").text()).isEqualTo("Brussels, Kawat - Selasa, 23 Maret 2021");
        assertThat(doc.selectFirst(".kawat-byline").text()).isEqualTo("Oleh Kawat Newsroom");
        assertThat(doc.selectFirst(".kawat-topics").text())
                .isEqualTo("Topik: Politik, Konflik, perang, dan perdamaian");
        assertThat(doc.selectFirst("figcaption").text())
                .isEqualTo("Antony Blinken arrives at NATO headquarters in Brussels Sumber: Reuters/Photo Desk");
    }
}
