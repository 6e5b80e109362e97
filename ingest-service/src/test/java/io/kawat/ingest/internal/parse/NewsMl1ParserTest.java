package io.kawat.ingest.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.schemas.avro.PubStatus;
import io.kawat.schemas.avro.WireStory;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** NewsML 1.2 fixtures (fixtures module: wire/newsml-1.2): AFP, EFE, Kyodo. */
class NewsMl1ParserTest {

    private static WireStory only(String fixture) {
        ParsedDocument doc = WireFixtures.parse("newsml-1.2/" + fixture);
        assertThat(doc.format()).isEqualTo(WireFormat.NEWSML_1);
        assertThat(doc.rejections()).isEmpty();
        assertThat(doc.stories()).hasSize(1);
        return doc.stories().get(0);
    }

    @Test
    void shouldBuildRevisionIndependentGuidWhenAfpItem() {
        WireStory s = only("afp.xml");

        assertThat(s.getProviderGuid()).isEqualTo("urn:newsml:afp.com:20140829T135002Z:TX-PAR-FXW86");
        assertThat(s.getProviderVersion()).isEqualTo("1");
        assertThat(s.getPubStatus()).isEqualTo(PubStatus.USABLE);
        assertThat(s.getSignals()).isEmpty();
        assertThat(s.getUrgency()).isEqualTo(4);
        assertThat(s.getHeadline()).isEqualTo("Sweden court accepts receivership for Saab carmaker");
        assertThat(s.getDateline()).isEqualTo("STOCKHOLM, Aug 29, 2014 (AFP) -");
        assertThat(s.getLanguage()).isEqualTo("en");
        assertThat(s.getFirstCreated().getOriginal()).isEqualTo("20140829T134951+0000");
        assertThat(s.getFirstCreated().getEpochMillis()).isEqualTo(Instant.parse("2014-08-29T13:49:51Z"));
        assertThat(s.getSubjects())
                .containsExactly("subj:04011002", "subj:04016007", "subj:04000000", "subj:04016038", "subj:04011000");
        assertThat(s.getCategories()).containsExactly("Sweden", "China", "auto", "business", "bankruptcy", "Saab");
        assertThat(s.getBodyText())
                .startsWith("A Chinese-owned company set up to take over Saab's assets")
                .endsWith("hh/ph/ts/hd");
        assertThat(s.getBodyText().split("\n\n")).hasSize(10);
    }

    @Test
    void shouldReadSpanishNitfWithAbstractWhenEfeItem() {
        WireStory s = only("efe_belga.xml");

        assertThat(s.getProviderGuid()).isEqualTo("urn:newsml:texto.efeservicios.com:20190121T103600+0000:25413502");
        assertThat(s.getHeadline()).isEqualTo("Leones matan a un joven que se coló en un zoológico de la India");
        assertThat(s.getLanguage()).isEqualTo("es-ES");
        assertThat(s.getUrgency()).isEqualTo(5);
        assertThat(s.getByline()).isEqualTo("daa/mt/msr");
        assertThat(s.getStandfirst()).startsWith("Nueva Delhi, 21 ene (EFE).- Una pareja de leones asiáticos");
        assertThat(s.getSubjects()).containsExactly("subj:02001000", "subj:01026000");
        assertThat(s.getBodyText())
                .endsWith("en la actualidad el país cuenta con una población de unos 500 ejemplares. EFE");
    }

    @Test
    void shouldIgnoreExternalDtdParameterEntityWhenKyodoItemHasDoctype() {
        ParsedDocument doc = WireFixtures.parse("newsml-1.2/kyodo_newsml_1_2_belga.xml");

        assertThat(doc.title()).isEqualTo("KYODONEWS");
        WireStory s = doc.stories().get(0);
        assertThat(s.getProviderGuid()).isEqualTo("urn:newsml:kyodonews.jp:20190723:20161021KW___0003800010");
        assertThat(s.getHeadline()).isEqualTo("Ex-Chinese Premier Li Peng dies aged 90: Xinhua");
        assertThat(s.getDateline()).isEqualTo("BEIJING, July 23");
        assertThat(s.getLanguage()).isEqualTo("en");
        assertThat(s.getFirstCreated().getOriginal()).isEqualTo("20190723T202119+0900");
        assertThat(s.getFirstCreated().getEpochMillis()).isEqualTo(Instant.parse("2019-07-23T11:21:19Z"));
        assertThat(s.getBodyText())
                .startsWith("Former Chinese Premier Li Peng, who led a military crackdown")
                .endsWith("==Kyodo");
    }
}
