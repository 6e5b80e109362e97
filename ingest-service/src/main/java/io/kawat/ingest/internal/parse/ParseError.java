package io.kawat.ingest.internal.parse;

/**
 * Numbered parse errors. KWT-20xx concern a whole document ({@link WireParseException}), KWT-21xx one item
 * ({@link ItemRejection}).
 */
public enum ParseError {
    KWT_2001_UNKNOWN_FORMAT("KWT-2001", "The content is not a supported wire format"),
    KWT_2002_EMPTY_DOCUMENT("KWT-2002", "The document is empty"),
    KWT_2003_DOCUMENT_TOO_LARGE("KWT-2003", "The document is larger than the configured maximum"),
    KWT_2004_NOT_WELL_FORMED("KWT-2004", "The XML is not well-formed before any complete item"),
    KWT_2005_DTD_REFUSED(
            "KWT-2005", "The DOCTYPE declares entities; DTD processing is refused (XXE, entity expansion)"),
    KWT_2006_UNSUPPORTED_JSON("KWT-2006", "The JSON is neither ninjs nor AP Media API JSON"),
    KWT_2007_INVALID_JSON("KWT-2007", "The JSON is malformed or exceeds the nesting and size limits"),
    KWT_2008_TOO_MANY_ITEMS(
            "KWT-2008", "The document holds more items than the configured maximum; the rest was not read"),
    KWT_2009_DOCUMENT_TRUNCATED("KWT-2009", "The document breaks after some complete items; the rest was not read"),
    KWT_2010_INVALID_TEXT_WIRE("KWT-2010", "The IPTC 7901 or ANPA 1312 envelope is incomplete"),
    KWT_2101_MISSING_GUID("KWT-2101", "The item has no provider id (guid)"),
    KWT_2102_MISSING_HEADLINE("KWT-2102", "The item has no headline"),
    KWT_2103_INVALID_DATE("KWT-2103", "A date the item depends on (embargo) cannot be read"),
    KWT_2104_FIELD_TOO_LONG("KWT-2104", "A field of the item is longer than the configured maximum"),
    KWT_2105_DUPLICATE_GUID("KWT-2105", "An earlier item of the same document has the same provider id"),
    KWT_2106_INVALID_ITEM("KWT-2106", "The item could not be mapped");

    private final String code;
    private final String description;

    ParseError(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /** The stable code, e.g. {@code KWT-2001}, as shown to operators and in API responses. */
    public String code() {
        return code;
    }

    /** A one-line human description. */
    public String description() {
        return description;
    }
}
