package io.kawat.ingest.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.schemas.avro.WireStory;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** IPTC 7901 text wire (fixtures module: wire/iptc7901): a dpa English story with control characters. */
class Iptc7901ParserTest {

    @Test
    void shouldReadHeadlineBodyAndFilingTimeWhenDpaIptc7901() {
        ParsedDocument doc = WireFixtures.parse("iptc7901/IPTC7901.txt", WireFixtures.context("en"));

        assertThat(doc.format()).isEqualTo(WireFormat.IPTC7901);
        assertThat(doc.rejections()).isEmpty();
        WireStory s = doc.stories().get(0);
        assertThat(doc.stories()).hasSize(1);
        assertThat(s.getProviderGuid()).isEqualTo("eca062-201311131137");
        assertThat(s.getUrgency()).isEqualTo(4);
        assertThat(s.getHeadline()).isEqualTo("Germany Social Democrats: Coalition talks with Merkel could fail");
        assertThat(s.getDateline()).isEqualTo("Berlin");
        assertThat(s.getCategories()).containsExactly("Germany-politics");
        assertThat(s.getLanguage()).isEqualTo("en");
        assertThat(s.getFirstCreated().getOriginal()).isEqualTo("131137 GMT Nov 13");
        assertThat(s.getFirstCreated().getEpochMillis()).isEqualTo(Instant.parse("2013-11-13T11:37:00Z"));
        assertThat(s.getBodyText())
                .startsWith("Berlin (dpa) - Negotiations between German conservatives headed by "
                        + "Chancellor Angela Merkel")
                .endsWith("to be sworn in for a third term before Christmas.");
        assertThat(s.getBodyText().split("\n\n")).hasSize(5);
        assertThat(s.getBodyText()).as("notes not for publication are cut").doesNotContain("Wolfgang Schmidt");
    }
}
