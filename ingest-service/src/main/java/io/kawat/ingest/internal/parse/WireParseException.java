package io.kawat.ingest.internal.parse;

/** A whole document could not be parsed (unknown format, not well-formed, too large, DTD refused, ...). */
public final class WireParseException extends Exception {

    private static final long serialVersionUID = 1L;

    private final ParseError error;

    public WireParseException(ParseError error, String message) {
        super(error.code() + " " + message);
        this.error = error;
    }

    public WireParseException(ParseError error, String message, Throwable cause) {
        super(error.code() + " " + message, cause);
        this.error = error;
    }

    /** The numbered error. */
    public ParseError error() {
        return error;
    }
}
