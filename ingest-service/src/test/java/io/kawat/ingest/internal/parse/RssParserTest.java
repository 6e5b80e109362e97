package io.kawat.ingest.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.schemas.avro.Media;
import io.kawat.schemas.avro.PubStatus;
import io.kawat.schemas.avro.WireStory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** RSS 2.0 and Media RSS fixtures (fixtures module: wire/rss), asserted against values read from the files. */
class RssParserTest {

    @Test
    void shouldReadGuardianItemsWithMediaCreditsWhenFeedIsMediaRss() {
        ParsedDocument doc = WireFixtures.parse("rss/guardian.rss");

        assertThat(doc.format()).isEqualTo(WireFormat.RSS);
        assertThat(doc.title()).isEqualTo("The Guardian");
        assertThat(doc.stories()).hasSize(55);
        assertThat(doc.rejections()).isEmpty();
        WireStory first = doc.stories().get(0);
        assertThat(first.getHeadline())
                .isEqualTo("Trump State of the Union address promised unity but emphasized discord");
        assertThat(first.getProviderGuid())
                .isEqualTo(
                        "https://www.theguardian.com/us-news/2018/jan/31/donald-trump-state-of-the-union-address-unity-discord");
        assertThat(first.getStoryId()).isEqualTo("src:" + first.getProviderGuid());
        assertThat(first.getByline()).isEqualTo("David Smith in Washington");
        assertThat(first.getLanguage()).isEqualTo("en-GB");
        assertThat(first.getFirstCreated().getOriginal()).isEqualTo("Wed, 31 Jan 2018 07:26:05 GMT");
        assertThat(first.getFirstCreated().getEpochMillis()).isEqualTo(Instant.parse("2018-01-31T07:26:05Z"));
        assertThat(first.getCategories()).startsWith("Donald Trump", "State of the Union address", "US news");
        assertThat(first.getBodyText())
                .startsWith("The president’s ‘new American moment’ speech stirred Republican "
                        + "applause while Democrats showed thinly disguised contempt\n\nDonald Trump has promised");
        assertThat(first.getMedia()).extracting(Media::getWidth).containsExactly(140, 460);
        assertThat(first.getMedia())
                .extracting(Media::getCredit)
                .containsOnly("Photograph: Networ/Sipa USA/REX/Shutterstock");
        assertThat(first.getPubStatus()).isEqualTo(PubStatus.USABLE);
        assertThat(first.getFormat()).isEqualTo("RSS");
        assertThat(first.getVersionSeq()).isZero();
        assertThat(first.getReceivedAt().getEpochMillis()).isEqualTo(WireFixtures.NOW);
    }

    @Test
    void shouldDecodeLatin1AndDropFeedburnerPixelWhenFeedIsJornalDeNoticias() {
        ParsedDocument doc = WireFixtures.parse("rss/encoding.rss");

        assertThat(doc.title()).isEqualTo("Jornal de Notícias - Últimas Notícias");
        assertThat(doc.stories()).hasSize(40);
        WireStory first = doc.stories().get(0);
        assertThat(first.getHeadline()).isEqualTo("Mãe de utente é a nova presidente da Raríssimas");
        assertThat(first.getProviderGuid())
                .as("no guid: the link is the id")
                .isEqualTo(
                        "http://feeds.jn.pt/~r/JN-ULTIMAS/~3/UBnb8Ra3Q1U/sonia-laig-e-a-nova-presidente-da-rarissimas-9021600.html");
        assertThat(first.getLanguage()).isEqualTo("pt-PT");
        assertThat(first.getBodyHtml())
                .isEqualTo(
                        "Sónia Laygue, profissional na área da Recursos Humanos e mãe de "
                                + "uma criança de três anos, utente na Casa dos Marcos, é a nova presidente da direção da Raríssimas.");
        assertThat(first.getCategories()).containsExactly("Nacional");
    }

    @Test
    void shouldReadBbcThumbnailsWhenItemsHaveNoMediaContent() {
        ParsedDocument doc = WireFixtures.parse("rss/1796df62c4a287cc");

        assertThat(doc.title()).isEqualTo("BBC News");
        assertThat(doc.stories()).hasSize(33);
        WireStory first = doc.stories().get(0);
        assertThat(first.getHeadline()).isEqualTo("US civil rights leader Jesse Jackson dies aged 84");
        assertThat(first.getProviderGuid()).isEqualTo("https://www.bbc.com/news/articles/cp81l0e1eg5o#0");
        assertThat(first.getUrl())
                .isEqualTo("https://www.bbc.com/news/articles/cp81l0e1eg5o?at_medium=RSS&at_campaign=rss");
        assertThat(first.getBodyText())
                .isEqualTo("Tributes poured in from politicians who described Jackson as an "
                        + "agent of change and transformative leader.");
        assertThat(first.getFirstCreated().getEpochMillis()).isEqualTo(Instant.parse("2026-02-17T18:55:33Z"));
        assertThat(first.getMedia()).singleElement().satisfies(m -> {
            assertThat(m.getHref())
                    .isEqualTo("https://ichef.bbci.co.uk/ace/standard/240/cpsprodpb/1088/live/"
                            + "9ca4e140-0c34-11f1-b5e2-dd58fc65f0f6.jpg");
            assertThat(m.getWidth()).isEqualTo(240);
            assertThat(m.getHeight()).isEqualTo(148);
        });
    }

    @Test
    void shouldTakeItemLevelMediaCreditAndCaptionWhenFeedIsNyt() {
        ParsedDocument doc = WireFixtures.parse("rss/78f77fae2e1ffc14");

        assertThat(doc.title()).isEqualTo("NYT > World News");
        assertThat(doc.stories()).hasSize(57);
        WireStory first = doc.stories().get(0);
        assertThat(first.getHeadline())
                .isEqualTo("Trump Said He’d End the War in Ukraine in a Day. It’s Harder Than He Thought.");
        assertThat(first.getByline()).isEqualTo("Kim Barker and Oleksandra Mykolyshyn");
        assertThat(first.getLanguage()).isEqualTo("en-US");
        assertThat(first.getCategories()).hasSize(11).contains("Putin, Vladimir V", "Ukraine");
        assertThat(first.getMedia()).singleElement().satisfies(m -> {
            assertThat(m.getCredit()).isEqualTo("Finbarr O'Reilly for The New York Times");
            assertThat(m.getCaption()).startsWith("An apartment building that a Russian missile struck in Kyiv");
            assertThat(m.getMediaType()).isEqualTo("image");
            assertThat(m.getWidth()).isEqualTo(1800);
            assertThat(m.getHeight()).isEqualTo(1801);
        });
    }

    @Test
    void shouldUnescapeDoubleEncodedEntitiesWhenFeedIsAlJazeeraWithoutXmlDeclaration() {
        ParsedDocument doc = WireFixtures.parse("rss/3f9eeff5039a008d");

        assertThat(doc.title()).isEqualTo("Al Jazeera – Breaking News, World News and Video from Al Jazeera");
        assertThat(doc.stories()).hasSize(25);
        WireStory first = doc.stories().get(0);
        assertThat(first.getHeadline())
                .isEqualTo("Stephen Colbert says CBS barred interview with Texas Democratic candidate");
        assertThat(first.getProviderGuid()).isEqualTo("https://www.aljazeera.com/?t=1771374614");
        assertThat(first.getBodyText())
                .isEqualTo("US late-night show host says CBS pulled interview from Monday's "
                        + "broadcast over fears it could violate new FCC guidance.");
        assertThat(first.getLanguage()).isEqualTo("en");
        assertThat(first.getCategories()).containsExactly("News");
    }

    @Test
    void shouldUseContentEncodedAsBodyAndDescriptionAsStandfirstWhenFeedIsNpr() {
        ParsedDocument doc = WireFixtures.parse("rss/7be307059415227d");

        assertThat(doc.stories()).hasSize(10);
        WireStory first = doc.stories().get(0);
        assertThat(first.getHeadline()).isEqualTo("U.S. releases new details on alleged secret Chinese nuclear test");
        assertThat(first.getStandfirst())
                .isEqualTo("At a event in Washington D.C., A U.S. official said a remote "
                        + "earthquake in 2020 was caused by a Chinese nuclear test.");
        assertThat(first.getByline()).isEqualTo("Geoff Brumfiel");
        assertThat(first.getBodyHtml()).startsWith("<img src=\"https://npr.brightspotcdn.com/");
        assertThat(first.getBodyText()).endsWith("(Image credit: Kevin Frayer)");
        assertThat(first.getFirstCreated().getOriginal()).isEqualTo("Tue, 17 Feb 2026 13:56:24 -0500");
        assertThat(first.getFirstCreated().getEpochMillis()).isEqualTo(Instant.parse("2026-02-17T18:56:24Z"));
    }

    @Test
    void shouldKeepPlus0500ZoneAndAuthorNameWhenFeedIsDawn() {
        ParsedDocument doc = WireFixtures.parse("rss/ce5f942d1cd40fc0");

        assertThat(doc.stories()).hasSize(30);
        WireStory first = doc.stories().get(0);
        assertThat(first.getHeadline())
                .isEqualTo("India tells global tech platforms to follow constitution after tougher content rules");
        assertThat(first.getProviderGuid()).isEqualTo("https://www.dawn.com/news/1973917");
        assertThat(first.getLanguage()).as("en-Us normalised").isEqualTo("en-US");
        assertThat(first.getByline()).as("'none@none.com (Reuters)'").isEqualTo("Reuters");
        assertThat(first.getFirstCreated().getOriginal()).isEqualTo("Tue, 17 Feb 2026 20:01:20 +0500");
        assertThat(first.getFirstCreated().getEpochMillis()).isEqualTo(Instant.parse("2026-02-17T15:01:20Z"));
        assertThat(first.getMedia()).singleElement().satisfies(m -> {
            assertThat(m.getHref()).isEqualTo("https://i.dawn.com/large/2026/02/17195352395598c.webp");
            assertThat(m.getMediaType()).isEqualTo("image/webp");
            assertThat(m.getCaption()).startsWith("Ashwini Vaishnaw, Minister for Information & Broadcasting");
        });
    }

    @Test
    void shouldKeepPlus0900ZoneAndUseLanguageHintWhenFeedDeclaresNoLanguage() {
        ParsedDocument doc = WireFixtures.parse("rss/18138c717652f678", WireFixtures.context("en"));

        assertThat(doc.title()).isEqualTo("Japan Today - Category World");
        assertThat(doc.stories()).hasSize(30);
        WireStory first = doc.stories().get(0);
        assertThat(first.getHeadline())
                .isEqualTo("6 backcountry skiers found alive, 10 missing after northern California avalanche");
        assertThat(first.getLanguage()).isEqualTo("en");
        assertThat(first.getFirstCreated().getEpochMillis()).isEqualTo(Instant.parse("2026-02-18T01:58:03Z"));
    }

    @Test
    void shouldUseLinkAsGuidWhenItemHasNoGuid() {
        ParsedDocument doc = WireFixtures.parse("rss/category-feed.xml");

        assertThat(doc.title()).isEqualTo("NYT > Home Page");
        WireStory only = doc.stories().get(0);
        assertThat(doc.stories()).hasSize(1);
        assertThat(only.getProviderGuid())
                .as("no guid: the link is the id")
                .isEqualTo(
                        "http://www.nytimes.com/2013/05/06/nyregion/epa-plan-to-clean-up-gowanus-canal-meets-local-resistance.html"
                                + "?partner=rss&emc=rss");
        assertThat(only.getHeadline()).isEqualTo("E.P.A. Plan to Clean Up Gowanus Canal Meets Local Resistance");
        assertThat(only.getCategories()).containsExactly("Water Pollution", "Gowanus Canal (Brooklyn, NY)");
        assertThat(only.getFirstCreated().getOriginal()).isEqualTo("Sun, 05 May 2013 17:15:11 GMT");
    }

    @Test
    void shouldUseFirstGuidAndDropTrackingPixelWhenItemRepeatsItsGuid() {
        ParsedDocument doc = WireFixtures.parse("rss/guid-dupes.xml");

        assertThat(doc.stories()).hasSize(1);
        assertThat(doc.rejections()).isEmpty();
        WireStory only = doc.stories().get(0);
        assertThat(only.getProviderGuid()).isEqualTo("http://www.braingle.com/50366.html");
        assertThat(only.getHeadline()).isEqualTo("Huh?");
        assertThat(only.getBodyText()).startsWith("What's the Rebus?");
        assertThat(only.getBodyHtml()).doesNotContain("~4/orRnfLWBRNc").contains("Braingle.com</a>");
    }

    @Test
    void shouldReadEnclosureAndMediaGroupWithDefaultCreditWhenItemCarriesThem() throws WireParseException {
        String feed =
                "<rss xmlns:media=\"http://search.yahoo.com/mrss/\"><channel><item><guid>m1</guid><title>Media</title>"
                        + "<media:group><media:content url=\"https://cdn.example/big.jpg\" type=\"image/jpeg\" width=\"1200\">"
                        + "<media:description>Big picture</media:description></media:content>"
                        + "<media:content url=\"file:///etc/passwd\"/></media:group>"
                        + "<enclosure url=\"https://cdn.example/clip.mp4\" type=\"video/mp4\" length=\"1000\"/></item></channel></rss>";
        ParseContext ctx = new ParseContext("voa", "VOA News", "voa-en", "en", "VOA", WireFixtures.CTX.clock());

        WireStory s = new WireParsers(ParseLimits.defaults())
                .parse(feed.getBytes(StandardCharsets.UTF_8), null, ctx)
                .stories()
                .get(0);

        assertThat(s.getStoryId()).isEqualTo("voa:m1");
        assertThat(s.getSourceName()).isEqualTo("VOA News");
        assertThat(s.getFeedId()).isEqualTo("voa-en");
        assertThat(s.getLanguage()).isEqualTo("en");
        assertThat(s.getMedia())
                .extracting(Media::getHref)
                .containsExactly("https://cdn.example/big.jpg", "https://cdn.example/clip.mp4");
        assertThat(s.getMedia().get(0).getCaption()).isEqualTo("Big picture");
        assertThat(s.getMedia().get(1).getMediaType()).isEqualTo("video/mp4");
        assertThat(s.getMedia()).extracting(Media::getCredit).containsOnly("VOA");
    }
}
