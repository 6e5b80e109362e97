package io.kawat.ingest.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.schemas.avro.PubStatus;
import io.kawat.schemas.avro.Signal;
import io.kawat.schemas.avro.WireStory;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** NITF fixtures (fixtures module: wire/nitf): AP, EFE, NTB, the IPTC fishing sample and AP Media's NITF rendition. */
class NitfParserTest {

    private static WireStory only(String fixture) {
        ParsedDocument doc = WireFixtures.parse("nitf/" + fixture);
        assertThat(doc.format()).isEqualTo(WireFormat.NITF);
        assertThat(doc.rejections()).isEmpty();
        assertThat(doc.stories()).hasSize(1);
        return doc.stories().get(0);
    }

    @Test
    void shouldSynthesiseStableGuidWhenApNitfHasNoDocId() {
        WireStory s = only("ap-nitf.xml");
        WireStory again = only("ap-nitf.xml");

        assertThat(s.getProviderGuid()).startsWith("urn:kawat:sha256:").isEqualTo(again.getProviderGuid());
        assertThat(s.getHeadline()).isEqualTo("Can trading pollution like stocks help fight climate change?");
        assertThat(s.getByline()).isEqualTo("By BERNARD CONDON");
        assertThat(s.getDateline()).isEqualTo("NEW YORK");
        assertThat(s.getFirstCreated().getOriginal()).isEqualTo("20151210T191044Z");
        assertThat(s.getFirstCreated().getEpochMillis()).isEqualTo(Instant.parse("2015-12-10T19:10:44Z"));
        assertThat(s.getBodyText())
                .startsWith("NEW YORK (AP) — The gas produced by hog manure at farms across the U.S.")
                .endsWith("His work can be found at http://www.bigstory.ap.org/content/bernard-condon .");
    }

    @Test
    void shouldReadDocIdUrgencyAndAbstractWhenEfeNitf() {
        WireStory s = only("efe_nitf.xml");

        assertThat(s.getProviderGuid()).isEqualTo("22751909");
        assertThat(s.getHeadline()).isEqualTo("Honduran president announces Cabinet changes");
        assertThat(s.getLanguage()).as("baselang").isEqualTo("en-US");
        assertThat(s.getUrgency()).isEqualTo(5);
        assertThat(s.getStandfirst()).isEqualTo("Test Abstract");
        assertThat(s.getByline()).isEqualTo("gr/bp");
        assertThat(s.getSubjects()).containsExactly("subj:11006005", "F01001000");
        assertThat(s.getCategories()).containsExactly("HONDURAS GOVERNMENT");
        assertThat(s.getBodyText()).isEqualTo("Tegucigalpa, Jan 2 (EFE).- Test body.");
    }

    @Test
    void shouldMapCanceledStatusAndReleaseEmbargoWhenIptcFishingSample() {
        WireStory s = only("nitf-fishing.xml");

        assertThat(s.getProviderGuid()).isEqualTo("iptc.321656141.b");
        assertThat(s.getPubStatus()).isEqualTo(PubStatus.CANCELED);
        assertThat(s.getSignals()).containsExactlyInAnyOrder(Signal.KILL, Signal.EMBARGO);
        assertThat(s.getEmbargoedUntil().getOriginal()).isEqualTo("20020226T093000-0500");
        assertThat(s.getEmbargoedUntil().getEpochMillis()).isEqualTo(Instant.parse("2002-02-26T14:30:00Z"));
        assertThat(s.getFirstCreated().getEpochMillis()).isEqualTo(Instant.parse("2002-02-25T19:30:00Z"));
        assertThat(s.getUrgency()).isEqualTo(3);
        assertThat(s.getProviderVersion()).as("du-key version").isEqualTo("1");
        assertThat(s.getHeadline()).isEqualTo("Weather and Tide Updates for Norfolk");
        assertThat(s.getByline()).isEqualTo("By Alan Karben");
        assertThat(s.getDateline()).isEqualTo("Newport News, VA");
        assertThat(s.getStandfirst())
                .isEqualTo("Superb weather in Norfolk today. Tides coming in and out as per usual.");
        assertThat(s.getSubjects()).containsExactly("subj:17000000", "subj:17004000", "subj:04001002");
        assertThat(s.getCategories()).containsExactly("fishing", "lures", "tides");
        assertThat(s.getMedia()).singleElement().satisfies(m -> {
            assertThat(m.getHref()).isEqualTo("high-tide.jpg");
            assertThat(m.getCaption()).isEqualTo("The tides, captured on film late yesterday.");
            assertThat(m.getCredit()).isEqualTo("Karben");
            assertThat(m.getWidth()).isEqualTo(278);
            assertThat(m.getHeight()).isEqualTo(185);
        });
        assertThat(s.getBodyHtml()).contains("<h2>The Tides are High</h2>").contains("<em>Deer Creek:</em>");
        assertThat(s.getBodyText()).endsWith("Happy fishing everybody!");
    }

    @Test
    void shouldReadNorwegianFactCheckAndNeutraliseEscapedScriptWhenNtbNitf() {
        WireStory s = only("nitf-ntb.xml");

        assertThat(s.getProviderGuid()).isEqualTo("faktisk-d9cde75b-256e-4989-b6a3-b8ad27f43a5c_47");
        assertThat(s.getProviderVersion()).isEqualTo("48");
        assertThat(s.getLanguage()).isEqualTo("nb-NO");
        assertThat(s.getHeadline())
                .isEqualTo("Faktisk.no: Nei, dette dokumentet beskriver ikke FNs Agenda 21 eller Agenda 2030");
        assertThat(s.getByline()).isEqualTo("Geir Molnes / Faktisk.no");
        assertThat(s.getDateline()).isEqualTo("Oslo");
        assertThat(s.getFirstCreated().getOriginal())
                .as("no zone given: read as UTC")
                .isEqualTo("2020-09-07T14:45:26");
        assertThat(s.getFirstCreated().getEpochMillis()).isEqualTo(Instant.parse("2020-09-07T14:45:26Z"));
        assertThat(s.getBodyHtml()).contains("<h2>Påstand</h2>").doesNotContain("<script");
        assertThat(s.getMedia()).singleElement().satisfies(m -> {
            assertThat(m.getHref()).isEqualTo("iJIJyyF0tiE");
            assertThat(m.getCaption()).isEqualTo("Foto: NTB / Scanpix, montasje av Faktisk.no");
        });
    }

    @Test
    void shouldKeepTablesWhenApMediaNitfRendition() {
        WireStory s = only("ap_media_text_nitf.xml");

        assertThat(s.getHeadline()).isEqualTo("BC-BBN--Top Ten");
        assertThat(s.getFirstCreated().getOriginal()).isEqualTo("20190703T040512Z");
        assertThat(s.getBodyHtml()).contains("<table>").contains("<td>McNeil NYM</td>");
        assertThat(s.getBodyText())
                .startsWith("BASEBALL'S TOP TEN\n\nBy The Associated Press\n\nNATIONAL LEAGUE")
                .contains("McNeil NYM 72 271 37 95 .351")
                .endsWith("Marquez, Colorado, 8-3; Scherzer, Washington, 8-5.");
    }
}
