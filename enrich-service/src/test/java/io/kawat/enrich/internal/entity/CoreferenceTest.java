package io.kawat.enrich.internal.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.schemas.avro.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoreferenceTest {
    private static final Lexicon LEXICON = Lexicon.load();

    @Test
    void shouldLinkAnAcronymInParenthesesToTheNameBeforeIt() {
        String text = "The North Atlantic Treaty Organization (NATO) met.";
        Span name = new Span(
                4,
                38,
                "North Atlantic Treaty Organization",
                new EntityRef(EntityType.ORGANISATION, null, "North Atlantic Treaty Organization"),
                GazetteerEntry.CURATED);
        Span acronym = new Span(
                40, 44, "NATO", new EntityRef(EntityType.ORGANISATION, "kawat:nato", "NATO"), GazetteerEntry.CURATED);

        List<Span> linked = Coreference.link(text, List.of(name, acronym), LEXICON);

        assertThat(linked).extracting(s -> s.ref().canonicalId()).containsExactly("kawat:nato", "kawat:nato");
    }

    @Test
    void shouldLeaveOverlappingSpansAloneInsteadOfFailing() {
        String text = "Officials of the European Union Commission said on Tuesday that talks would go on.";
        Span longer = new Span(
                17,
                42,
                "European Union Commission",
                new EntityRef(EntityType.ORGANISATION, null, "European Union Commission"),
                GazetteerEntry.CURATED);
        Span inner = new Span(
                17,
                31,
                "European Union",
                new EntityRef(EntityType.ORGANISATION, "kawat:eu", "European Union"),
                GazetteerEntry.CURATED);

        List<Span> linked = Coreference.link(text, List.of(longer, inner), LEXICON);

        assertThat(linked).hasSize(2);
    }
}
