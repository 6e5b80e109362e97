package io.kawat.ingest.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.schemas.avro.Media;
import io.kawat.schemas.avro.PubStatus;
import io.kawat.schemas.avro.WireStory;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** ninjs fixtures (fixtures module: wire/ninjs): a Superdesk 1.x-style item and four IPTC ninjs 2.1 examples. */
class NinjsParserTest {

    private static WireStory only(String fixture) {
        ParsedDocument doc = WireFixtures.parse("ninjs/" + fixture);
        assertThat(doc.format()).isEqualTo(WireFormat.NINJS);
        assertThat(doc.rejections()).isEmpty();
        assertThat(doc.stories()).hasSize(1);
        return doc.stories().get(0);
    }

    @Test
    void shouldReadOneXFieldsAndPictureAssociationsWhenSuperdeskNinjs() {
        WireStory s = only("ninjs4.json");

        assertThat(s.getProviderGuid())
                .isEqualTo(
                        "https://www.futurezone.de/science/article216742303/China-behauptet-einen-Polizeihund-geklont-zu-haben.html");
        assertThat(s.getProviderVersion()).isEqualTo("1");
        assertThat(s.getPubStatus()).isEqualTo(PubStatus.USABLE);
        assertThat(s.getUrgency()).isEqualTo(5);
        assertThat(s.getLanguage()).isEqualTo("de");
        assertThat(s.getHeadline()).isEqualTo("China behauptet, einen Polizeihund geklont zu haben");
        assertThat(s.getByline()).isEqualTo("futurezone/KN");
        assertThat(s.getStandfirst())
                .startsWith("Wenn das Training von Polizeihunden zu viel Zeit und Geld beansprucht");
        assertThat(s.getVersionCreated().getOriginal()).isEqualTo("2019-03-25T08:54:09+0000");
        assertThat(s.getVersionCreated().getEpochMillis()).isEqualTo(Instant.parse("2019-03-25T08:54:09Z"));
        assertThat(s.getSubjects())
                .containsExactly("fuzo:science", "topic:#Biologie", "topic:#Sicherheit", "topic:#Gentechnik");
        assertThat(s.getCategories()).hasSize(11).startsWith("ADN", "China", "Polizeihund");
        assertThat(s.getBodyHtml()).contains("<strong>China</strong>");
        assertThat(s.getBodyText()).startsWith("Es kann ganz schön kostspielig sein, Polizeihunde zum Schutz");
        assertThat(s.getMedia()).hasSize(2);
        Media feature = s.getMedia().get(0);
        assertThat(feature.getHref())
                .isEqualTo(
                        "https://img.futurezone.de/img/science/origs216742511/239706555-w1280-h960-q85/Polizeihund-China-2.jpg");
        assertThat(feature.getCaption())
                .isEqualTo("Polizeihunde sollen effizienter trainiert werden – Klone sollen die Lösung sein.");
        assertThat(feature.getCredit()).isEqualTo("ANTHONY WALLACE/AFP/Getty Images");
        assertThat(feature.getWidth()).isEqualTo(1280);
        assertThat(feature.getHeight()).isEqualTo(853);
    }

    @Test
    void shouldPickHtmlBodyAndLargestRenditionWhenTtNinjs21() {
        WireStory s = only("tt_text_image_2.json");

        assertThat(s.getProviderGuid()).isEqualTo("http://tt.se/media/text/210526-militarovning-a0f2d045");
        assertThat(s.getHeadline()).isEqualTo("Militärövning i jätteformat hålls 2023");
        assertThat(s.getLanguage()).isEqualTo("sv");
        assertThat(s.getUrgency()).isEqualTo(3);
        assertThat(s.getVersionCreated().getOriginal()).isEqualTo("2021-05-26T13:40:18+02:00");
        assertThat(s.getStandfirst()).startsWith("Pandemin satte stopp för den stora internationella militärövningen");
        assertThat(s.getSubjects()).containsExactly("http://tt.se/spec/subref/1.0/16000000");
        assertThat(s.getBodyHtml())
                .as("repeated h1 headline dropped")
                .doesNotContain("<h1>")
                .contains("<blockquote>Aurora 2023 kommer att genomföras");
        assertThat(s.getMedia()).singleElement().satisfies(m -> {
            assertThat(m.getHref())
                    .isEqualTo("https://beta.tt.se/media/text/210526-militarovning-a0f2d045/a001_NormalHires.jpg");
            assertThat(m.getWidth()).isEqualTo(4724);
            assertThat(m.getCredit()).isEqualTo("Karl Melander/TT");
            assertThat(m.getCaption()).startsWith("En stor internationell försvarsövning planeras 2023");
        });
    }

    @Test
    void shouldUseCaptionAsBodyAndCreditlineWhenApPictureNinjs() {
        WireStory s = only("ap_image.json");

        assertThat(s.getProviderGuid())
                .startsWith("http://api.ap.org/media/v/content/b2b6c3f4642f46deac7509d4db315ca0");
        assertThat(s.getProviderVersion()).isEqualTo("0");
        assertThat(s.getHeadline()).isEqualTo("Turkey Islamic State");
        assertThat(s.getFirstCreated().getEpochMillis()).isEqualTo(Instant.parse("2019-11-15T13:39:59Z"));
        assertThat(s.getVersionCreated().getEpochMillis()).isEqualTo(Instant.parse("2019-11-15T14:39:44Z"));
        assertThat(s.getBodyText())
                .startsWith("FILE - In this Monday, Nov. 11, 2019 file photo")
                .endsWith("(DHA via AP, File)");
        assertThat(s.getMedia()).singleElement().satisfies(m -> {
            assertThat(m.getWidth())
                    .as("full resolution, not the NITF caption rendition")
                    .isEqualTo(3000);
            assertThat(m.getHeight()).isEqualTo(2208);
            assertThat(m.getMediaType()).isEqualTo("image/jpeg");
            assertThat(m.getCredit()).isEqualTo("ASSOCIATED PRESS");
        });
    }

    @Test
    void shouldReadGermanHtmlBodyAndByWhenDpaNinjs21() {
        WireStory s = only("dpa_text.json");

        assertThat(s.getProviderGuid()).isEqualTo("urn:newsml:dpa.com:20090101:190510-99-167362");
        assertThat(s.getProviderVersion()).isEqualTo("2");
        assertThat(s.getHeadline()).isEqualTo("Faktencheck Derby-Elfmeter: Hat Schiedsrichter Zwayer recht?");
        assertThat(s.getByline()).isEqualTo("Von Christian Hollmann, dpa");
        assertThat(s.getLanguage()).isEqualTo("de");
        assertThat(s.getVersionCreated().getEpochMillis()).isEqualTo(Instant.parse("2019-05-10T14:02:28Z"));
        assertThat(s.getBodyText()).startsWith("Für Lucien Favre war es «der größte Skandal im Fußball seit Jahren».");
    }

    @Test
    void shouldKeepDescriptionWithoutBodyWhenNtbNinjs21() {
        WireStory s = only("ntb_text.json");

        assertThat(s.getProviderGuid()).isEqualTo("urn:8d19cf88-b3ab-4972-8fec-1207599f2872");
        assertThat(s.getProviderVersion()).isEqualTo("6");
        assertThat(s.getLanguage()).isEqualTo("nb-NO");
        assertThat(s.getHeadline()).isEqualTo("Google har kjøpt giganttomt i Skien");
        assertThat(s.getStandfirst())
                .isEqualTo("IT-giganten Google har kjøpt en tomt på nærmere 2.000 mål i Skien "
                        + "i tilfelle det blir behov for flere datasentre i Europa.");
        assertThat(s.getByline()).isEqualTo("NTB");
        assertThat(s.getFirstCreated().getOriginal()).isEqualTo("2019-08-09T09:30:04Z");
        assertThat(s.getSubjects()).containsExactly("Innenriks", "13010000", "04011000", "04005000");
        assertThat(s.getBodyText()).isEmpty();
    }
}
