package io.kawat.enrich.internal.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.schemas.avro.Entity;
import io.kawat.schemas.avro.EntityType;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {

    private static EntityExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = EntityExtractor.load();
    }

    private static List<Entity> extract(String headline, String body, String language) {
        return extractor.extract(headline + "\n" + body, headline.length(), language);
    }

    /** The rule-based recogniser (no model), whose name-part rules some tests pin down. */
    private static List<Entity> extractWithRules(String headline, String body, String language) {
        return EntityExtractor.loadRules().extract(headline + "\n" + body, headline.length(), language);
    }

    private static Entity find(List<Entity> entities, String name) {
        return entities.stream()
                .filter(e -> e.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + entities));
    }

    @Test
    void shouldResolveAliasesTitlesAndSurnamesWhenTextIsEnglish() {
        List<Entity> found = extract(
                "Blinken meets NATO allies in Brussels",
                "U.S. Secretary of State Antony Blinken told NATO Secretary-General Jens Stoltenberg that the United States "
                        + "stands by Ukraine. Blinken later met Dutch Foreign Minister Hanke Bruins Slot.",
                "en");

        assertThat(found)
                .extracting(Entity::getName)
                .containsExactlyInAnyOrder(
                        "Antony Blinken",
                        "NATO",
                        "Brussels",
                        "United States",
                        "Jens Stoltenberg",
                        "Ukraine",
                        "Hanke Bruins Slot");
        assertThat(find(found, "United States").getCanonicalId()).isEqualTo("geonames:6252001");
        assertThat(find(found, "United States").getMentions()).containsExactly("U.S.", "United States");
        assertThat(find(found, "NATO").getCanonicalId()).isEqualTo("wikidata:Q7184");
        assertThat(find(found, "Antony Blinken").getMentions()).containsExactly("Blinken", "Antony Blinken");
        assertThat(find(found, "Hanke Bruins Slot").getType()).isEqualTo(EntityType.PERSON);
        assertThat(found.get(0).getName()).isIn("Antony Blinken", "NATO");
    }

    @Test
    void shouldUseIndonesianNamesAndAcronymsWhenTextIsIndonesian() {
        List<Entity> found = extract(
                "Menlu AS bertemu Sekjen NATO di Brussel",
                "Menteri Luar Negeri Amerika Serikat Antony Blinken bertemu Sekjen NATO Jens Stoltenberg di Brussel, "
                        + "Belgia. Badan Nasional Penanggulangan Bencana (BNPB) tidak terlibat.",
                "id");

        assertThat(find(found, "United States").getMentions()).containsExactly("AS", "Amerika Serikat");
        assertThat(find(found, "Brussels").getMentions()).containsExactly("Brussel");
        assertThat(find(found, "Belgium").getCanonicalId()).isEqualTo("geonames:2802361");
        assertThat(find(found, "BNPB").getMentions()).containsExactly("Badan Nasional Penanggulangan Bencana", "BNPB");
        assertThat(found).extracting(Entity::getName).doesNotContain("Menlu", "Sekjen");
    }

    @Test
    void shouldLinkAcronymsAndKeepNamePartsWhenNamesAreUnknown() {
        // the English model misses "Rapid Support Forces" and types "Italian Red Cross" as a place: the rules are
        // pinned here, the model's quality is measured in docs/quality-entities.md
        List<Entity> found = extractWithRules(
                "Fighting in Sudan",
                "The paramilitary Rapid Support Forces (RSF) attacked El Fasher, the Italian Red Cross said. "
                        + "The RSF denied it.",
                "en");

        Entity rsf = find(found, "Rapid Support Forces");
        assertThat(rsf.getMentions()).containsExactly("Rapid Support Forces", "RSF");
        assertThat(rsf.getType()).isEqualTo(EntityType.ORGANISATION);
        assertThat(found)
                .extracting(Entity::getName)
                .contains("Italian Red Cross", "El Fasher", "Sudan")
                .doesNotContain("Italian", "The");
    }

    @Test
    void shouldIgnoreLowerCaseWordsAndSentenceOpenersWhenTheyAreNotNames() {
        List<Entity> found = extract(
                "Rescuers search after avalanche",
                "Rescuers are racing to the scene on Tuesday. turkey and china plates were sold in Turkey.",
                "en");

        assertThat(found).extracting(Entity::getName).containsExactly("Turkey");
    }

    @Test
    void shouldRankHeadlineEntitiesFirstWhenScoringSalience() {
        List<Entity> found = extract("Iran and US agree principles", "Talks were held in Geneva.", "en");

        assertThat(found.get(found.size() - 1).getName()).isEqualTo("Geneva");
        assertThat(found.get(0).getSalience())
                .isGreaterThan(found.get(found.size() - 1).getSalience());
        assertThat(found).allSatisfy(e -> assertThat(e.getSalience()).isBetween(0.0, 1.0));
    }
}
