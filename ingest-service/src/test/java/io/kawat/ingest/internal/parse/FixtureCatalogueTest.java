package io.kawat.ingest.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.fixtures.WireFiles;
import io.kawat.schemas.avro.WireStory;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every wire fixture of the {@code fixtures} module, with the format sniffed from its content and its item counts. A
 * fixture added there without a row here fails {@link #shouldListEveryFixtureWhenFolderChanges()}.
 */
class FixtureCatalogueTest {

    /** file, format, stories, rejections. */
    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("anpa/ap_anpa-1.tst", WireFormat.ANPA, 1, 0),
                Arguments.of("ap-media-json/ap_media_text_item.json", WireFormat.AP_MEDIA, 1, 0),
                Arguments.of("atom/heise.atom", WireFormat.ATOM, 15, 0),
                Arguments.of("atom/tpm.atom", WireFormat.ATOM, 20, 0),
                Arguments.of("atom/wenn.xml", WireFormat.ATOM, 2, 0),
                Arguments.of("iptc7901/IPTC7901.txt", WireFormat.IPTC7901, 1, 0),
                Arguments.of("newsml-1.2/afp.xml", WireFormat.NEWSML_1, 1, 0),
                Arguments.of("newsml-1.2/efe_belga.xml", WireFormat.NEWSML_1, 1, 0),
                Arguments.of("newsml-1.2/kyodo_newsml_1_2_belga.xml", WireFormat.NEWSML_1, 1, 0),
                Arguments.of("newsml-g2/LISTING_2_NewsML-G2_Text_Document.xml", WireFormat.NEWSML_G2, 1, 0),
                Arguments.of("newsml-g2/LISTING_3_Photo_in_NewsML-G2.xml", WireFormat.NEWSML_G2, 1, 0),
                Arguments.of("newsml-g2/ansa_culture.xml", WireFormat.NEWSML_G2, 1, 0),
                Arguments.of("newsml-g2/ap.xml", WireFormat.NEWSML_G2, 3, 0),
                Arguments.of("newsml-g2/dpa.xml", WireFormat.NEWSML_G2, 1, 0),
                Arguments.of("newsml-g2/reuters_newsml.xml", WireFormat.NEWSML_G2, 1, 0),
                Arguments.of("newsml-g2/scoop.xml", WireFormat.NEWSML_G2, 1, 0),
                Arguments.of("newsml-g2/tag_reuters.com,0000_newsml_L4N1FL0N0_1132689232", WireFormat.NEWSML_G2, 1, 0),
                Arguments.of(
                        "newsml-g2/tag_reuters.com_0000_newsml_GM1EA7M13RP01_version_484616934",
                        WireFormat.NEWSML_G2,
                        1,
                        0),
                Arguments.of("newsml-g2/tag_reuters.com_2014_newsml_KBN0FL0NM_version_10", WireFormat.NEWSML_G2, 0, 0),
                Arguments.of("newsml-g2/tag_reuters.com_2014_newsml_KBN0FL0ZP_version_2", WireFormat.NEWSML_G2, 1, 0),
                Arguments.of("newsml-g2/text.xml", WireFormat.NEWSML_G2, 1, 0),
                Arguments.of("ninjs/ap_image.json", WireFormat.NINJS, 1, 0),
                Arguments.of("ninjs/dpa_text.json", WireFormat.NINJS, 1, 0),
                Arguments.of("ninjs/ninjs4.json", WireFormat.NINJS, 1, 0),
                Arguments.of("ninjs/ntb_text.json", WireFormat.NINJS, 1, 0),
                Arguments.of("ninjs/tt_text_image_2.json", WireFormat.NINJS, 1, 0),
                Arguments.of("nitf/ap-nitf.xml", WireFormat.NITF, 1, 0),
                Arguments.of("nitf/ap_media_text_nitf.xml", WireFormat.NITF, 1, 0),
                Arguments.of("nitf/efe_nitf.xml", WireFormat.NITF, 1, 0),
                Arguments.of("nitf/nitf-fishing.xml", WireFormat.NITF, 1, 0),
                Arguments.of("nitf/nitf-ntb.xml", WireFormat.NITF, 1, 0),
                Arguments.of("rdf/14dda539770f94e3", WireFormat.RDF, 141, 0),
                Arguments.of("rss/1796df62c4a287cc", WireFormat.RSS, 33, 0),
                Arguments.of("rss/18138c717652f678", WireFormat.RSS, 30, 0),
                Arguments.of("rss/3f9eeff5039a008d", WireFormat.RSS, 25, 0),
                Arguments.of("rss/78f77fae2e1ffc14", WireFormat.RSS, 57, 0),
                Arguments.of("rss/7be307059415227d", WireFormat.RSS, 10, 0),
                Arguments.of("rss/category-feed.xml", WireFormat.RSS, 1, 0),
                Arguments.of("rss/ce5f942d1cd40fc0", WireFormat.RSS, 30, 0),
                Arguments.of("rss/encoding.rss", WireFormat.RSS, 40, 0),
                Arguments.of("rss/guardian.rss", WireFormat.RSS, 55, 0),
                Arguments.of("rss/guid-dupes.xml", WireFormat.RSS, 1, 0));
    }

    @ParameterizedTest(name = "{0} -> {1}, {2} stories, {3} rejections")
    @MethodSource("fixtures")
    void shouldSniffFormatAndCountItemsWhenFixtureIsParsed(
            String file, WireFormat format, int stories, int rejections) {
        ParsedDocument doc = WireFixtures.parse(file);

        assertThat(doc.format()).isEqualTo(format);
        assertThat(doc.stories()).hasSize(stories);
        assertThat(doc.rejections()).hasSize(rejections);
        for (WireStory s : doc.stories()) {
            assertThat(s.getFormat()).isEqualTo(format.name());
            assertThat(s.getStoryId()).isEqualTo("src:" + s.getProviderGuid());
            assertThat(s.getHeadline()).isNotBlank();
            assertThat(s.getContentHash()).hasSize(64);
            assertThat(s.getBodyHtml()).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<iframe");
        }
    }

    @Test
    void shouldListEveryFixtureWhenFolderChanges() {
        Map<String, Boolean> listed = new TreeMap<>();
        fixtures().forEach(a -> listed.put((String) a.get()[0], true));
        List<String> present =
                WireFiles.files().stream().map(WireFiles::relative).sorted().toList();
        assertThat(present).hasSize(42).containsExactlyElementsOf(listed.keySet());
    }
}
