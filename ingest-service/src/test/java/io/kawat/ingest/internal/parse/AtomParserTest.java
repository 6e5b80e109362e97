package io.kawat.ingest.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.schemas.avro.WireStory;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Atom fixtures (fixtures module: wire/atom): heise, Talking Points Memo, WENN. */
class AtomParserTest {

    @Test
    void shouldReadPublishedAndUpdatedWithOffsetWhenFeedIsHeise() {
        ParsedDocument doc = WireFixtures.parse("atom/heise.atom", WireFixtures.context("de"));

        assertThat(doc.format()).isEqualTo(WireFormat.ATOM);
        assertThat(doc.title()).isEqualTo("heise developer neueste Meldungen");
        assertThat(doc.stories()).hasSize(15);
        WireStory first = doc.stories().get(0);
        assertThat(first.getProviderGuid()).isEqualTo("http://heise.de/-3088438");
        assertThat(first.getHeadline()).isEqualTo("Java-Anwendungsserver: Red Hat gibt WildFly 10 frei");
        assertThat(first.getStandfirst()).startsWith("Die nun verfügbare Version 10 des Enterprise-Java-Servers");
        assertThat(first.getFirstCreated().getOriginal()).isEqualTo("2016-02-01T17:22:00+01:00");
        assertThat(first.getFirstCreated().getEpochMillis()).isEqualTo(Instant.parse("2016-02-01T16:22:00Z"));
        assertThat(first.getVersionCreated().getOriginal()).isEqualTo("2016-02-01T17:54:50+01:00");
        assertThat(first.getByline()).as("feed author").isEqualTo("heise online");
        assertThat(first.getLanguage()).as("no xml:lang: the hint").isEqualTo("de");
        assertThat(first.getUrl())
                .startsWith(
                        "http://www.heise.de/developer/meldung/Java-Anwendungsserver-Red-Hat-gibt-WildFly-10-frei-3088438.html");
        assertThat(first.getBodyHtml()).contains("<img src=\"http://www.heise.de/scale/geometry/264/q80/imgs/");
    }

    @Test
    void shouldResolveRelativeLinksAgainstFeedWhenFeedIsTpm() {
        ParsedDocument doc = WireFixtures.parse("atom/tpm.atom");

        assertThat(doc.title()).isEqualTo("All TPM News");
        assertThat(doc.stories()).hasSize(20);
        WireStory first = doc.stories().get(0);
        assertThat(first.getProviderGuid()).isEqualTo("tag:talkingpointsmemo.com,2005:ArticleDecorator/270060");
        assertThat(first.getHeadline())
                .isEqualTo("Hannity Announces Fox Has Hired Sebastian Gorka As NatSec Strategist");
        assertThat(first.getUrl())
                .isEqualTo(
                        "http://talkingpointsmemo.com/livewire/hannity-announces-fox-hired-sebastian-gorka-national-security-strategist");
        assertThat(first.getByline()).isEqualTo("Esme Cribb");
        assertThat(first.getLanguage()).as("feed xml:lang").isEqualTo("en-US");
        assertThat(first.getFirstCreated().getOriginal()).isEqualTo("2017-11-08T18:15:58-05:00");
        assertThat(first.getFirstCreated().getEpochMillis()).isEqualTo(Instant.parse("2017-11-08T23:15:58Z"));
        assertThat(first.getBodyText())
                .startsWith("Fox News star host Sean Hannity on Wednesday announced")
                .contains("\n\n“Joining us now is Dr. Sebastian Gorka,” Hannity said");
    }

    @Test
    void shouldPreferWennBodyAndFirstLineWhenEntryCarriesWennMetadata() {
        ParsedDocument doc = WireFixtures.parse("atom/wenn.xml");

        assertThat(doc.title()).isEqualTo("WENN Feed");
        assertThat(doc.stories()).hasSize(2);
        WireStory first = doc.stories().get(0);
        assertThat(first.getProviderGuid()).isEqualTo("urn:feed-wenn-com:newsfeedarticle:2:2222:1");
        assertThat(first.getHeadline()).isEqualTo("Suge Knight involved in fatal hit and run incident");
        assertThat(first.getStandfirst())
                .isEqualTo("Police officials in Los Angeles are investigating a fatal hit "
                        + "and run incident involving rap mogul SUGE KNIGHT on Thursday (29Jan15).");
        assertThat(first.getBodyText())
                .startsWith(first.getStandfirst() + "\n\nThe embattled hip-hop mogul's lawyer")
                .endsWith("from the film shoot prior to the incident.");
        assertThat(first.getLanguage()).isEqualTo("en-GB");
        assertThat(first.getByline()).isEqualTo("WENN Newsdesk");
        assertThat(first.getVersionCreated().getEpochMillis()).isEqualTo(Instant.parse("2015-01-30T00:33:06Z"));
        assertThat(first.getCategories()).containsExactly("Music", "Suge Knight", "Tmz.Com", "Compton");
        assertThat(doc.stories().get(1).getHeadline())
                .isEqualTo("Jagged Edge singer Kyle Norman arrested over domestic assault");
    }
}
