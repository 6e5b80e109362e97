package io.kawat.ingest.internal.parse;

/**
 * An item that was not turned into a story.
 *
 * @param index zero-based position of the item in the document
 * @param guid the provider id when known, nullable
 * @param code why
 * @param message details for operators
 */
public record ItemRejection(int index, String guid, ParseError code, String message) {}
