package io.kawat.enrich.internal.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.schemas.avro.EntityType;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped models, loaded from the class path. */
class RecogniserTest {

    private static Recogniser recogniser;

    @BeforeAll
    static void load() {
        recogniser = Recogniser.load();
    }

    private static List<String> found(String text, String language) {
        return recogniser.find(text, language).stream()
                .map(f -> f.type() + ":" + text.substring(f.start(), f.end()))
                .toList();
    }

    @Test
    void shouldServeEnglishIndonesianAndMalay() {
        assertThat(recogniser.supports("en")).isTrue();
        assertThat(recogniser.supports("id")).isTrue();
        assertThat(recogniser.supports("ms")).isTrue();
        assertThat(recogniser.supports("de")).isFalse();
        assertThat(recogniser.find("Angela Merkel sprach in Berlin.", "de")).isEmpty();
    }

    @Test
    void shouldFindPeopleOrganisationsAndPlacesInEnglish() {
        List<String> found = found(
                "Barack Obama met executives of Microsoft in London on Tuesday. Obama said the talks went well.", "en");

        assertThat(found).contains("PERSON:Barack Obama", "ORGANISATION:Microsoft", "PLACE:London");
    }

    @Test
    void shouldFindPeopleOrganisationsAndPlacesInIndonesian() {
        List<String> found = found(
                "Presiden Joko Widodo meresmikan bendungan di Kabupaten Bogor , Jawa Barat , bersama Kementerian"
                        + " Pekerjaan Umum .",
                "id");

        assertThat(found).contains("PERSON:Joko Widodo");
        assertThat(found).anyMatch(f -> f.startsWith("PLACE:") && f.contains("Bogor"));
        // the ministry is found as a name, but this model types it PERSON (organisation F1 is its weak spot)
        assertThat(found).anyMatch(f -> f.endsWith(":Kementerian Pekerjaan Umum"));
    }

    @Test
    void shouldReportOffsetsOfTheTextAndAProbability() {
        String text = "Reporters asked Boris Johnson about it.";
        Recogniser.Found person = recogniser.find(text, "en").stream()
                .filter(f -> f.type() == EntityType.PERSON)
                .findFirst()
                .orElseThrow();

        assertThat(text.substring(person.start(), person.end())).isEqualTo("Boris Johnson");
        assertThat(person.probability()).isBetween(0.0, 1.0);
    }
}
