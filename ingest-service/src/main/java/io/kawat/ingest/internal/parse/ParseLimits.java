package io.kawat.ingest.internal.parse;

/**
 * Size caps applied while parsing.
 *
 * @param maxDocumentBytes larger documents are refused whole ({@link ParseError#KWT_2003_DOCUMENT_TOO_LARGE})
 * @param maxFieldChars an item with a longer field is rejected ({@link ParseError#KWT_2104_FIELD_TOO_LONG})
 * @param maxItems items beyond this count are not read ({@link ParseError#KWT_2008_TOO_MANY_ITEMS})
 */
public record ParseLimits(int maxDocumentBytes, int maxFieldChars, int maxItems) {

    public ParseLimits {
        if (maxDocumentBytes <= 0 || maxFieldChars <= 0 || maxItems <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** 20 MiB per document, 200,000 characters per field, 5,000 items per document. */
    public static ParseLimits defaults() {
        return new ParseLimits(20 * 1024 * 1024, 200_000, 5_000);
    }
}
