package io.kawat.ingest.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.schemas.avro.PubStatus;
import io.kawat.schemas.avro.Signal;
import io.kawat.schemas.avro.WireStory;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** pubStatus, signals, urgency and embargo as mapped from every format that carries them. */
class SignalMappingTest {

    private final WireParsers parsers = new WireParsers(ParseLimits.defaults());

    private WireStory first(String document) throws WireParseException {
        ParsedDocument doc = parsers.parse(document.getBytes(StandardCharsets.UTF_8), null, WireFixtures.CTX);
        assertThat(doc.rejections()).isEmpty();
        return doc.stories().get(0);
    }

    private static String g2(String meta, String headline) {
        return "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"tag:reuters.com,2026:newsml_X\" "
                + "version=\"1234567890\"><itemMeta>" + meta + "</itemMeta><contentMeta><urgency>1</urgency>"
                + "<headline>" + headline + "</headline></contentMeta></newsItem>";
    }

    @Test
    void shouldStripStackedPrefixesAndMapThemWhenHeadlineCarriesAgencyPrefixes() {
        Set<Signal> signals = EnumSet.noneOf(Signal.class);

        String headline = HeadlineSignals.strip("UPDATE 2-CORRECTED-Gold rises", signals);

        assertThat(headline).isEqualTo("Gold rises");
        assertThat(signals).containsExactlyInAnyOrder(Signal.UPDATE, Signal.CORRECTION);
    }

    @Test
    void shouldMapRefileToOtherAndKeepHeadlineWhenOnlyPrefix() {
        Set<Signal> signals = EnumSet.noneOf(Signal.class);

        assertThat(HeadlineSignals.strip("REFILE-Markets close higher", signals))
                .isEqualTo("Markets close higher");
        assertThat(signals).containsExactly(Signal.OTHER);
        assertThat(HeadlineSignals.strip("UPDATE-", EnumSet.noneOf(Signal.class)))
                .isEqualTo("UPDATE-");
        assertThat(HeadlineSignals.strip("Update on the floods", EnumSet.noneOf(Signal.class)))
                .isEqualTo("Update on the floods");
    }

    @Test
    void shouldKillWithCanceledStatusWhenReutersEdStatIsD() throws WireParseException {
        WireStory s = first(g2("<pubStatus qcode=\"stat:usable\"/><signal qcode=\"edStat:D\"/>", "Story withdrawn"));

        assertThat(s.getPubStatus()).isEqualTo(PubStatus.CANCELED);
        assertThat(s.getSignals()).containsExactly(Signal.KILL);
        assertThat(s.getUrgency()).isEqualTo(1);
        assertThat(s.getProviderVersion()).isEqualTo("1234567890");
    }

    @Test
    void shouldMarkCorrectionWhenReutersEdStatIsCAndHeadlineSaysCorrected() throws WireParseException {
        WireStory s = first(g2("<signal qcode=\"edStat:C\"/>", "CORRECTED-Oil slips on supply"));

        assertThat(s.getHeadline()).isEqualTo("Oil slips on supply");
        assertThat(s.getSignals()).containsExactly(Signal.CORRECTION);
    }

    @Test
    void shouldMapWithheldAndEmbargoWhenG2ItemIsHeld() throws WireParseException {
        WireStory s =
                first(g2("<pubStatus qcode=\"stat:withheld\"/><embargoed>2026-03-01T06:00:00Z</embargoed>", "Results"));

        assertThat(s.getPubStatus()).isEqualTo(PubStatus.WITHHELD);
        assertThat(s.getSignals()).containsExactlyInAnyOrder(Signal.WITHHOLD, Signal.EMBARGO);
        assertThat(s.getEmbargoedUntil().getOriginal()).isEqualTo("2026-03-01T06:00:00Z");
    }

    @Test
    void shouldMapCanceledWhenG2PubStatusIsCanceled() throws WireParseException {
        WireStory s = first(g2("<pubStatus qcode=\"stat:canceled\"/>", "Gone"));

        assertThat(s.getPubStatus()).isEqualTo(PubStatus.CANCELED);
        assertThat(s.getSignals()).containsExactly(Signal.KILL);
    }

    @Test
    void shouldMapWithheldWhenNitfManagementStatusIsWithheld() throws WireParseException {
        WireStory s = first("<nitf><head><docdata management-status=\"withheld\"><doc-id id-string=\"n-1\"/>"
                + "<urgency ed-urg=\"2\"/></docdata></head><body><body.head><hedline><hl1>Held</hl1></hedline>"
                + "</body.head></body></nitf>");

        assertThat(s.getPubStatus()).isEqualTo(PubStatus.WITHHELD);
        assertThat(s.getUrgency()).isEqualTo(2);
    }

    @Test
    void shouldMapStatusAndUpdateWhenNewsml1RevisionIsAnUpdate() throws WireParseException {
        WireStory s = first("<NewsML><NewsItem><Identification><NewsIdentifier><ProviderId>afp.com</ProviderId>"
                + "<DateId>20260101</DateId><NewsItemId>X1</NewsItemId><RevisionId Update=\"U\">3</RevisionId>"
                + "</NewsIdentifier></Identification><NewsManagement><Status FormalName=\"Canceled\"/>"
                + "<Urgency FormalName=\"2\"/></NewsManagement><NewsComponent><NewsLines><HeadLine>Killed</HeadLine>"
                + "</NewsLines></NewsComponent></NewsItem></NewsML>");

        assertThat(s.getProviderGuid()).isEqualTo("urn:newsml:afp.com:20260101:X1");
        assertThat(s.getProviderVersion()).isEqualTo("3");
        assertThat(s.getPubStatus()).isEqualTo(PubStatus.CANCELED);
        assertThat(s.getSignals()).containsExactlyInAnyOrder(Signal.UPDATE, Signal.KILL);
        assertThat(s.getUrgency()).isEqualTo(2);
    }

    @Test
    void shouldMapPubstatusAndEmbargoWhenNinjsItemIsCanceled() throws WireParseException {
        WireStory s = first(
                "{\"uri\":\"urn:n:1\",\"version\":\"4\",\"pubstatus\":\"canceled\",\"urgency\":2,"
                        + "\"embargoed\":\"2026-03-01T08:00:00+01:00\",\"headlines\":[{\"role\":\"main\",\"value\":\"Void\"}]}");

        assertThat(s.getPubStatus()).isEqualTo(PubStatus.CANCELED);
        assertThat(s.getSignals()).containsExactlyInAnyOrder(Signal.KILL, Signal.EMBARGO);
        assertThat(s.getEmbargoedUntil().getEpochMillis().toString()).isEqualTo("2026-03-01T07:00:00Z");
        assertThat(s.getUrgency()).isEqualTo(2);
    }

    @Test
    void shouldMapApSignalsWhenApMediaItemIsCorrected() throws WireParseException {
        WireStory s =
                first("{\"data\":{\"item\":{\"altids\":{\"itemid\":\"abc\"},\"version\":3,\"pubstatus\":\"withheld\","
                        + "\"signals\":[\"newscontent\",\"correction\"],\"headline\":\"Fixed\",\"urgency\":3}}}");

        assertThat(s.getPubStatus()).isEqualTo(PubStatus.WITHHELD);
        assertThat(s.getSignals()).containsExactlyInAnyOrder(Signal.CORRECTION, Signal.WITHHOLD);
        assertThat(s.getProviderVersion()).isEqualTo("3");
    }

    @Test
    void shouldMapHeadlinePrefixWhenRssAndAtomTitlesCarryThem() throws WireParseException {
        WireStory rss = first(
                "<rss><channel><item><guid>r1</guid><title>UPDATE 1-Floods spread</title></item>" + "</channel></rss>");
        WireStory atom = first("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>a1</id>"
                + "<title>CORRECTED-Storm warning</title></entry></feed>");

        assertThat(rss.getHeadline()).isEqualTo("Floods spread");
        assertThat(rss.getSignals()).containsExactly(Signal.UPDATE);
        assertThat(atom.getHeadline()).isEqualTo("Storm warning");
        assertThat(atom.getSignals()).containsExactly(Signal.CORRECTION);
    }

    @Test
    void shouldChangeHashWhenOnlyPubStatusChanges() {
        String usable = ContentHash.of("H", null, "Body", PubStatus.USABLE);

        assertThat(usable).hasSize(64).isEqualTo(ContentHash.of("H", "", "Body", PubStatus.USABLE));
        assertThat(ContentHash.of("H", null, "Body", PubStatus.CANCELED)).isNotEqualTo(usable);
        assertThat(ContentHash.of("H", null, "Body!", PubStatus.USABLE)).isNotEqualTo(usable);
    }
}
