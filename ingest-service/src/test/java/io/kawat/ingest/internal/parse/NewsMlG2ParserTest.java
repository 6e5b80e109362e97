package io.kawat.ingest.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.schemas.avro.PubStatus;
import io.kawat.schemas.avro.Signal;
import io.kawat.schemas.avro.WireStory;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** NewsML-G2 fixtures (fixtures module: wire/newsml-g2): Reuters, AP, dpa, ANSA, Scoop and the IPTC examples. */
class NewsMlG2ParserTest {

    private static WireStory only(String fixture) {
        ParsedDocument doc = WireFixtures.parse("newsml-g2/" + fixture);
        assertThat(doc.format()).isEqualTo(WireFormat.NEWSML_G2);
        assertThat(doc.rejections()).isEmpty();
        assertThat(doc.stories()).hasSize(1);
        return doc.stories().get(0);
    }

    @Test
    void shouldMapEdStatUpdateAndXhtmlBodyWhenReutersTextVersion2() {
        WireStory s = only("tag_reuters.com_2014_newsml_KBN0FL0ZP_version_2");

        assertThat(s.getProviderGuid()).isEqualTo("tag_reuters.com_2014_newsml_KBN0FL0ZP");
        assertThat(s.getStoryId()).isEqualTo("src:tag_reuters.com_2014_newsml_KBN0FL0ZP");
        assertThat(s.getProviderVersion()).isEqualTo("2");
        assertThat(s.getSignals()).containsExactly(Signal.UPDATE);
        assertThat(s.getPubStatus()).isEqualTo(PubStatus.USABLE);
        assertThat(s.getUrgency()).isEqualTo(4);
        assertThat(s.getHeadline()).isEqualTo("Syria's Assad says foreign states will pay for supporting 'terrorism'");
        assertThat(s.getLanguage()).isEqualTo("en-US");
        assertThat(s.getFirstCreated().getOriginal()).isEqualTo("2014-07-16T10:35:57.000Z");
        assertThat(s.getVersionCreated().getEpochMillis()).isEqualTo(Instant.parse("2014-07-16T13:00:03Z"));
        assertThat(s.getDateline())
                .as("from the lead, not the timestamp in <dateline>")
                .isEqualTo("BEIRUT");
        assertThat(s.getSubjects()).hasSize(30).contains("subj:11000000", "N2:SYR");
        assertThat(s.getBodyText())
                .startsWith("BEIRUT (Reuters) - President Bashar al-Assad, who was sworn in")
                .endsWith("(Reporting by Tom Perry, editing by John Stonestreet)");
        assertThat(s.getBodyText().split("\n\n")).hasSize(4);
    }

    @Test
    void shouldSplitIndentedParagraphsWhenReutersTakeIsPreformatted() {
        WireStory s = only("tag_reuters.com,0000_newsml_L4N1FL0N0_1132689232");

        assertThat(s.getProviderGuid()).isEqualTo("tag:reuters.com,0000:newsml_L4N1FL0N0");
        assertThat(s.getProviderVersion()).as("opaque Reuters version").isEqualTo("1132689232");
        assertThat(s.getSignals()).containsExactly(Signal.UPDATE);
        assertThat(s.getHeadline()).isEqualTo("PRECIOUS-Gold rises as Trump policy fuels safe haven demand");
        assertThat(s.getUrgency()).isEqualTo(3);
        assertThat(s.getBodyText())
                .startsWith("(Adds comments, detail)\n\n* Spot gold may edge up to $1,205 per ounce- technicals")
                .contains(
                        "\n\nJan 30 (Reuters) - Gold rose on Tuesday on increased safe haven demand as U.S. President");
    }

    @Test
    void shouldRecordPackageAndMakeNoStoryWhenReutersCompositePackage() {
        ParsedDocument doc = WireFixtures.parse("newsml-g2/tag_reuters.com_2014_newsml_KBN0FL0NM_version_10");

        assertThat(doc.stories())
                .as("a package references its items, it carries no text")
                .isEmpty();
        assertThat(doc.rejections()).isEmpty();
        assertThat(doc.packages()).singleElement().satisfies(p -> {
            assertThat(p.index()).isZero();
            assertThat(p.guid()).isEqualTo("tag_reuters.com_2014_newsml_KBN0FL0NM");
            assertThat(p.version()).isEqualTo("10");
            assertThat(p.itemRefs())
                    .as("the text and the pictures of its groups")
                    .containsExactly(
                            "tag_reuters.com_2014_newsml_KBN0FL0NN",
                            "tag_reuters.com_2014_newsml_LYNXMPEA6F13M",
                            "tag_reuters.com_2014_newsml_LYNXMPEA6F0MS",
                            "tag_reuters.com_2014_newsml_LYNXMPEA6F0MT",
                            "tag_reuters.com_2014_newsml_KBN0FL0ZP");
        });
    }

    @Test
    void shouldTakeCaptionAndLargestRenditionWhenReutersPicture() {
        WireStory s = only("tag_reuters.com_0000_newsml_GM1EA7M13RP01_version_484616934");

        assertThat(s.getProviderGuid()).isEqualTo("tag_reuters.com_0000_newsml_GM1EA7M13RP01");
        assertThat(s.getProviderVersion()).isEqualTo("484616934");
        assertThat(s.getSignals()).as("edStat:N is a new item").isEmpty();
        assertThat(s.getHeadline())
                .isEqualTo(
                        "Cast member Vin Diesel arrives at the premiere of \"Guardians of the Galaxy\" in Hollywood");
        assertThat(s.getByline()).isEqualTo("MARIO ANZUONI");
        assertThat(s.getBodyText())
                .startsWith("Cast member Vin Diesel arrives at the premiere of \"Guardians of the Galaxy\" "
                        + "in Hollywood, California July 21, 2014.");
        assertThat(s.getMedia()).singleElement().satisfies(m -> {
            assertThat(m.getHref()).endsWith("/tag_reuters.com_0000_binary_GM1EA7M13RP01-BASEIMAGE");
            assertThat(m.getMediaType()).isEqualTo("image/jpeg");
            assertThat(m.getWidth()).isEqualTo(3500);
            assertThat(m.getHeight()).isEqualTo(2113);
            assertThat(m.getCredit()).isEqualTo("REUTERS");
            assertThat(m.getCaption()).endsWith("REUTERS/Mario Anzuoni (UNITED STATES - Tags: ENTERTAINMENT)");
        });
    }

    @Test
    void shouldReadNewItemWhenReutersSoccerText() {
        WireStory s = only("text.xml");

        assertThat(s.getProviderGuid()).isEqualTo("tag:reuters.com,0000:newsml_L4N0BT5PJ");
        assertThat(s.getProviderVersion()).isEqualTo("263518268");
        assertThat(s.getSignals()).isEmpty();
        assertThat(s.getHeadline())
                .isEqualTo("Soccer-Smiling Benitez pleads for support after midweek outburst against opponent");
        assertThat(s.getBodyText()).isEqualTo("By Toby Davis");
        assertThat(s.getLanguage()).isEqualTo("en");
        assertThat(s.getVersionCreated().getEpochMillis()).isEqualTo(Instant.parse("2013-03-01T15:09:04Z"));
    }

    @Test
    void shouldReadPopeStoryWhenReutersNewsml() {
        WireStory s = only("reuters_newsml.xml");

        assertThat(s.getProviderGuid()).isEqualTo("tag:reuters.com,2018:newsml_L2N1PH00M");
        assertThat(s.getProviderVersion()).isEqualTo("1927777166");
        assertThat(s.getHeadline()).isEqualTo("Pope Francis leaves Peru at end of Latin American trip");
        assertThat(s.getDateline()).isEqualTo("LIMA");
        assertThat(s.getBodyText())
                .isEqualTo("LIMA, Jan 21 (Reuters) - Pope Francis departed Peru for Rome on Sunday, "
                        + "ending a trip to Latin America that also included neighboring Chile.\n\nThe visit was marked by tough "
                        + "talk on political corruption in Latin America and a backlash over what many see as his insufficient "
                        + "resolve to tackle sexual abuse in the Church. (Reporting by Caroline Stauffer and Philip Pullella; "
                        + "Editing by Paul Simao)");
    }

    @Test
    void shouldReadEveryItemWithNitfBodiesWhenApNewsMessage() {
        ParsedDocument doc = WireFixtures.parse("newsml-g2/ap.xml");

        assertThat(doc.title()).isEqualTo("ap.org");
        assertThat(doc.stories())
                .extracting(WireStory::getHeadline)
                .containsExactly(
                        "Nutrisystem beats 4Q earnings and revenue expectations",
                        "DiamondRock Hospitality posts 4Q FFO of $50.7 million, results top expectations",
                        "Scripps Networks tops 4Q profit and revenue expectations");
        WireStory first = doc.stories().get(0);
        assertThat(first.getProviderGuid()).isEqualTo("tag:ap.org,2011:5e565888b587889c5c8bd62b6164118c-text");
        assertThat(first.getProviderVersion()).isEqualTo("2");
        assertThat(first.getSignals()).as("1st Ld-Writethru slugline").containsExactly(Signal.WRITETHRU);
        assertThat(doc.stories().get(2).getSignals()).isEmpty();
        assertThat(first.getDateline()).isEqualTo("FORT WASHINGTON, Pa.");
        assertThat(first.getCategories()).containsExactly("Nutrisystem", "Earnings Report", "Pennsylvania");
        assertThat(first.getFirstCreated().getOriginal()).isEqualTo("2018-02-26T21:20:36Z");
        assertThat(first.getBodyText())
                .startsWith("FORT WASHINGTON, Pa. (AP) _ Nutrisystem Inc. (NTRI) on Monday reported "
                        + "fourth-quarter net income of $10.9 million.\n\nOn a per-share basis");
        assertThat(first.getBodyHtml())
                .contains("<a href=\"http://www.automatedinsights.com/ap\" rel=\"nofollow noopener noreferrer\">");
    }

    @Test
    void shouldDropSluglineHeaderWhenDpaXhtmlBody() {
        WireStory s = only("dpa.xml");

        assertThat(s.getProviderGuid()).isEqualTo("urn:newsml:dpa.com:20090101:221011-930-4303");
        assertThat(s.getHeadline()).isEqualTo("Eintracht in London: Hintereggers Tränen und Attacke auf Reporter");
        assertThat(s.getLanguage()).isEqualTo("de");
        assertThat(s.getDateline()).isEqualTo("London (dpa) -");
        assertThat(s.getVersionCreated().getOriginal()).isEqualTo("2022-10-11T11:14:42+02:00");
        assertThat(s.getVersionCreated().getEpochMillis()).isEqualTo(Instant.parse("2022-10-11T09:14:42Z"));
        assertThat(s.getSubjects()).contains("medtop:20001065", "dpacat:sp");
        assertThat(s.getCategories()).containsExactly("Champions League", "Frankfurt", "London");
        assertThat(s.getBodyText())
                .startsWith("London (dpa) - 2019 gab es bittere Tränen in der Kurve")
                .doesNotContain("Fußball Deutschland Hessen")
                .doesNotContain("11.10.2022 11:14");
    }

    @Test
    void shouldMapSigUpdateWhenAnsaItalian() {
        WireStory s = only("ansa_culture.xml");

        assertThat(s.getProviderGuid()).isEqualTo("tag:ansa.it,2019-07-01:fd66854b6f8fcf6e0f9dd3792d86ae2e");
        assertThat(s.getSignals()).containsExactly(Signal.UPDATE);
        assertThat(s.getLanguage()).isEqualTo("it");
        assertThat(s.getHeadline()).isEqualTo("TEST FROM XAWES");
        assertThat(s.getUrgency()).as("empty <urgency/>").isNull();
        assertThat(s.getDateline()).isEqualTo("ANSA TEST - ROMA, 01 LUG -");
        assertThat(s.getBodyText()).startsWith("(ANSA) - ROMA, 1 LUG - TEST FROM XAWES (ANSA).");
    }

    @Test
    void shouldReadPackageAsGroupingAndIngestItsNewsItemWhenScoopMessage() {
        ParsedDocument doc = WireFixtures.parse("newsml-g2/scoop.xml");

        assertThat(doc.title()).isEqualTo("BusinessDesk");
        assertThat(doc.stories()).hasSize(1);
        assertThat(doc.rejections()).as("a package without guid is no bad item").isEmpty();
        assertThat(doc.packages()).singleElement().satisfies(p -> {
            assertThat(p.index()).isZero();
            assertThat(p.guid()).isNull();
            assertThat(p.itemRefs()).containsExactly("20160112123540");
        });
        WireStory s = doc.stories().get(0);
        assertThat(s.getProviderGuid()).isEqualTo("BD-20160112123540");
        assertThat(s.getProviderVersion()).isEqualTo("3");
        assertThat(s.getEmbargoedUntil()).as("empty <embargoed/>").isNull();
        assertThat(s.getHeadline())
                .as("from the NITF title")
                .isEqualTo(
                        "Dick Smith receivers install Don Grover as acting CEO as Abboud quits; retailer put up for sale");
        assertThat(s.getByline()).isEqualTo("By Staff Reporter");
        assertThat(s.getVersionCreated().getOriginal()).isEqualTo("2016-01-12 12:35:40");
        assertThat(s.getVersionCreated().getEpochMillis()).isEqualTo(Instant.parse("2016-01-12T12:35:40Z"));
        assertThat(s.getBodyText())
                .startsWith("By Jonathan Underhill\n\nJan. 12 (BusinessDesk) - The receivers")
                .endsWith("(BusinessDesk)");
    }

    @Test
    void shouldReadInlineNitfWhenIptcTextExample() {
        WireStory s = only("LISTING_2_NewsML-G2_Text_Document.xml");

        assertThat(s.getProviderGuid()).isEqualTo("urn:newsml:acmenews.com:20161121:US-FINANCE-FED");
        assertThat(s.getProviderVersion()).isEqualTo("11");
        assertThat(s.getHeadline()).isEqualTo("Fed to halt QE to avert \"bubble\"");
        assertThat(s.getByline()).isEqualTo("By Meredith Jameson");
        assertThat(s.getDateline()).isEqualTo("New York, NY");
        assertThat(s.getSubjects()).containsExactly("medtop:04000000", "medtop:20000350", "medtop:20000379");
        assertThat(s.getFirstCreated().getOriginal()).isEqualTo("2016-11-21T15:21:06-05:00");
        assertThat(s.getVersionCreated().getEpochMillis()).isEqualTo(Instant.parse("2018-11-21T21:25:32Z"));
        assertThat(s.getBodyText().split("\n\n"))
                .as("two NITF paragraphs, not split on XML indentation")
                .hasSize(2);
    }

    @Test
    void shouldKeepRelativeHighResRenditionAndDropFileUrlsWhenIptcPhotoExample() {
        WireStory s = only("LISTING_3_Photo_in_NewsML-G2.xml");

        assertThat(s.getProviderGuid()).isEqualTo("tag:gettyimages.com,2010:GYI0062134533");
        assertThat(s.getHeadline()).isEqualTo("Variety Of Recessionary Forces Leave Las Vegas Economy Scarred");
        assertThat(s.getPubStatus()).as("no pubStatus means usable").isEqualTo(PubStatus.USABLE);
        assertThat(s.getVersionCreated().getOriginal()).isEqualTo("2018-10-12T06:42:04Z");
        assertThat(s.getCategories()).contains("business", "gamble");
        assertThat(s.getMedia()).singleElement().satisfies(m -> {
            assertThat(m.getHref()).isEqualTo("./GYI0062134533.jpg");
            assertThat(m.getWidth()).isEqualTo(1500);
            assertThat(m.getCredit()).isEqualTo("Getty Images");
            assertThat(m.getCaption()).startsWith("A general view of part of downtown, including Las Vegas Boulevard");
        });
        assertThat(s.getBodyText()).endsWith("(Photo by Spencer Platt/Getty Images)");
    }
}
