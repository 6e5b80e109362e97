package io.kawat.ingest.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.schemas.avro.Signal;
import io.kawat.schemas.avro.WireStory;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** ANPA 1312 text wire (fixtures module: wire/anpa): an AP sports write-through. */
class AnpaParserTest {

    @Test
    void shouldReadWritethruHeadlineBylineAndFilingTimeWhenApAnpa() {
        ParsedDocument doc = WireFixtures.parse("anpa/ap_anpa-1.tst");

        assertThat(doc.format()).isEqualTo(WireFormat.ANPA);
        assertThat(doc.rejections()).isEmpty();
        assertThat(doc.stories()).hasSize(1);
        WireStory s = doc.stories().get(0);
        assertThat(s.getProviderGuid()).isEqualTo("BC-BKN--Heat-Hawks/2016-02-20");
        assertThat(s.getProviderVersion()).isEqualTo("1stLd-Writethru");
        assertThat(s.getSignals()).containsExactly(Signal.WRITETHRU);
        assertThat(s.getUrgency()).as("priority r").isEqualTo(5);
        assertThat(s.getHeadline()).isEqualTo("Deng has 30 points, short-handed Heat beat Hawks 115-111");
        assertThat(s.getByline()).isEqualTo("By CHARLES ODUM");
        assertThat(s.getDateline()).isEqualTo("ATLANTA");
        assertThat(s.getFirstCreated().getOriginal()).isEqualTo("02-20-16 0337GMT");
        assertThat(s.getFirstCreated().getEpochMillis()).isEqualTo(Instant.parse("2016-02-20T03:37:00Z"));
        assertThat(s.getBodyText())
                .startsWith("ATLANTA (AP) _ Luol Deng scored 30 points and Josh McRoberts had 19")
                .endsWith("Hawks: Host Milwaukee on Saturday night.");
        assertThat(s.getBodyText().split("\n\n")).hasSize(19);
    }
}
