package io.kawat.bench.jmh;

import java.util.Map;
import java.util.TreeMap;

/** The wire fixture each format's parse is measured on: a path under {@link io.kawat.fixtures.WireFiles#root()}. */
public final class Fixtures {

    /** Format (as {@code WireStory.format} names it) to fixture path. */
    public static final Map<String, String> BY_FORMAT = java.util.Collections.unmodifiableMap(new TreeMap<>(Map.of(
            "RSS", "rss/guardian.rss",
            "RDF", "rdf/14dda539770f94e3",
            "ATOM", "atom/heise.atom",
            "NEWSML_G2", "newsml-g2/reuters_newsml.xml",
            "NEWSML_1", "newsml-1.2/afp.xml",
            "NITF", "nitf/nitf-ntb.xml",
            "NINJS", "ninjs/tt_text_image_2.json",
            "AP_MEDIA", "ap-media-json/ap_media_text_item.json",
            "IPTC7901", "iptc7901/IPTC7901.txt",
            "ANPA", "anpa/ap_anpa-1.tst")));

    private Fixtures() {}
}
