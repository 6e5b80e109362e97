package io.kawat.ingest.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.schemas.avro.PubStatus;
import io.kawat.schemas.avro.WireStory;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** AP Media API item JSON (fixtures module: wire/ap-media-json). */
class ApMediaParserTest {

    @Test
    void shouldReadItemIdStatusAndSubjectsWhenApMediaTextItem() {
        ParsedDocument doc = WireFixtures.parse("ap-media-json/ap_media_text_item.json");

        assertThat(doc.format()).isEqualTo(WireFormat.AP_MEDIA);
        assertThat(doc.rejections()).isEmpty();
        assertThat(doc.stories()).hasSize(1);
        WireStory s = doc.stories().get(0);
        assertThat(s.getProviderGuid()).isEqualTo("5ee9b4b40ea5fe9c9ca60f890fb2e1d9");
        assertThat(s.getProviderVersion()).isEqualTo("0");
        assertThat(s.getPubStatus()).isEqualTo(PubStatus.USABLE);
        assertThat(s.getSignals()).as("'newscontent' is not editorial").isEmpty();
        assertThat(s.getUrgency()).isEqualTo(4);
        assertThat(s.getLanguage()).isEqualTo("en");
        assertThat(s.getHeadline()).isEqualTo("BC-BBN--Top Ten");
        assertThat(s.getFirstCreated().getEpochMillis()).isEqualTo(Instant.parse("2019-07-03T04:05:12Z"));
        assertThat(s.getVersionCreated().getOriginal()).isEqualTo("2019-07-03T04:05:12Z");
        assertThat(s.getCategories()).containsExactly("BBN--Top Ten");
        assertThat(s.getSubjects()).hasSize(6).contains("apsubject:94aaa8f88c0c100489d7b9433d2f4c0e");
        assertThat(s.getBodyText())
                .as("the text is a separate NITF/ANPA rendition")
                .isEmpty();
        assertThat(s.getFormat()).isEqualTo("AP_MEDIA");
    }
}
