package io.kawat.enrich.internal.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.schemas.avro.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelMergeTest {

    private static Span span(int start, int end, EntityType type, String id) {
        return new Span(start, end, "x".repeat(end - start), new EntityRef(type, id, "n" + start), 0);
    }

    @Test
    void shouldLinkSameExtentKeepEnclosingAndAddUntouchedKnownNames() {
        Span knownJapan = span(8, 13, EntityType.PLACE, "Q17");
        Span knownJakarta = span(20, 27, EntityType.PLACE, "Q3630");
        Span knownParis = span(40, 45, EntityType.PLACE, "Q90");
        Span knownBigger = span(50, 60, EntityType.ORGANISATION, "Q1");
        Span bankOfJapan = span(0, 13, EntityType.ORGANISATION, null);
        Span jakarta = span(20, 27, EntityType.PERSON, null);
        Span inside = span(52, 56, EntityType.PERSON, null);

        List<Span> merged = EntityExtractor.merge(
                List.of(knownJapan, knownJakarta, knownParis, knownBigger),
                List.of(bankOfJapan, jakarta, inside),
                true);
        List<Span> linkedOnly = EntityExtractor.merge(
                List.of(knownJapan, knownJakarta, knownParis, knownBigger),
                List.of(bankOfJapan, jakarta, inside),
                false);

        assertThat(merged).containsExactly(bankOfJapan, knownJakarta, knownParis, knownBigger);
        assertThat(linkedOnly).containsExactly(bankOfJapan, knownJakarta, knownBigger);
    }

    @Test
    void shouldLinkModelNamesToGazetteerIdsInTheShippedExtractor() {
        EntityExtractor extractor = EntityExtractor.load();
        String text = "Officials in Jakarta said Prabowo Subianto would travel to Tokyo next week.";

        List<EntityExtractor.Mention> mentions = extractor.mentions(text, 0, "en");

        assertThat(mentions).anySatisfy(m -> {
            assertThat(text.substring(m.start(), m.end())).isEqualTo("Jakarta");
            assertThat(m.type()).isEqualTo(EntityType.PLACE);
            assertThat(m.canonicalId()).isNotNull();
        });
    }
}
