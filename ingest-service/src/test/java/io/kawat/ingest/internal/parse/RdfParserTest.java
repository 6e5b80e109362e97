package io.kawat.ingest.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.schemas.avro.WireStory;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** RSS 1.0 (RDF) fixture: Deutsche Welle (fixtures module: wire/rdf). */
class RdfParserTest {

    @Test
    void shouldReadEveryItemWithDublinCoreFieldsWhenFeedIsDeutscheWelle() {
        ParsedDocument doc = WireFixtures.parse("rdf/14dda539770f94e3");

        assertThat(doc.format()).isEqualTo(WireFormat.RDF);
        assertThat(doc.title()).isEqualTo("Deutsche Welle");
        // SOURCES.md says 142, counting the channel's <items> list; the file holds 141 <item> elements
        assertThat(doc.stories()).hasSize(141);
        assertThat(doc.rejections()).isEmpty();
        WireStory first = doc.stories().get(0);
        assertThat(first.getHeadline()).isEqualTo("France arrests nine in right-wing activist's death");
        assertThat(first.getProviderGuid())
                .as("rdf:about")
                .isEqualTo(
                        "https://www.dw.com/en/france-arrests-nine-in-right-wing-activist-s-death/a-75995188?maca=en-rss-en-all-1573-rdf");
        assertThat(first.getUrl()).isEqualTo(first.getProviderGuid());
        assertThat(first.getBodyText())
                .isEqualTo(
                        "Far-right activist Quentin Deranque was killed last week, seemingly in a clash with the far left.");
        assertThat(first.getLanguage()).as("dc:language").isEqualTo("en");
        assertThat(first.getFirstCreated().getOriginal()).isEqualTo("2026-02-18T00:15:00Z");
        assertThat(first.getFirstCreated().getEpochMillis()).isEqualTo(Instant.parse("2026-02-18T00:15:00Z"));
        assertThat(first.getCategories()).containsExactly("News");
        assertThat(first.getFormat()).isEqualTo("RDF");
        assertThat(doc.stories()).extracting(WireStory::getProviderGuid).doesNotHaveDuplicates();
    }
}
