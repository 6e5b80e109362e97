package io.kawat.ingest.internal.fetch;

import java.io.IOException;

/** Raised inside the HTTP client when a body passes the size cap; the transport turns it into KWT-1006. */
final class BodyTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    BodyTooLargeException(String message) {
        super(message);
    }
}
