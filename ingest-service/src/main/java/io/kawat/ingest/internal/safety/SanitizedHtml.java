package io.kawat.ingest.internal.safety;

/**
 * A body after sanitising.
 *
 * @param html safe HTML (no script, style, iframe, event handlers, javascript: URLs, forms or tracking pixels)
 * @param text the same content as plain text, paragraphs separated by blank lines
 */
public record SanitizedHtml(String html, String text) {

    /** The empty body. */
    public static final SanitizedHtml EMPTY = new SanitizedHtml("", "");
}
