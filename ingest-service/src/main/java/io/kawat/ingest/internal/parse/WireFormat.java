package io.kawat.ingest.internal.parse;

/** Wire formats Kawat reads, as sniffed from the content. The name is written to {@code WireStory.format}. */
public enum WireFormat {
    /** RSS 0.9x and 2.0, including Media RSS. */
    RSS,
    /** RSS 1.0 (RDF). */
    RDF,
    /** Atom 1.0. */
    ATOM,
    /** IPTC NewsML-G2: a single newsItem/packageItem or a newsMessage with many. */
    NEWSML_G2,
    /** IPTC NewsML 1.x. */
    NEWSML_1,
    /** IPTC NITF 3.x. */
    NITF,
    /** IPTC ninjs 1.x and 2.x (JSON). */
    NINJS,
    /** AP Media API item JSON. */
    AP_MEDIA,
    /** IPTC 7901 text wire. */
    IPTC7901,
    /** ANPA 1312 text wire. */
    ANPA
}
