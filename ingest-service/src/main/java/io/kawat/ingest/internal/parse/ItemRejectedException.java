package io.kawat.ingest.internal.parse;

/** Thrown while mapping one item when that item must be rejected; the document goes on. */
final class ItemRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ParseError error;

    ItemRejectedException(ParseError error, String message) {
        super(message);
        this.error = error;
    }

    ParseError error() {
        return error;
    }
}
