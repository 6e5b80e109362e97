package io.kawat.ingest.internal.fetch;

import java.time.Duration;

/**
 * A classified failure inside the step chain. Its message is built by the steps and names no header value; it
 * carries no cause so that nothing unredacted can be logged with it.
 */
final class FetchException extends Exception {
    private static final long serialVersionUID = 1L;

    private final FetchError error;
    private final Integer httpStatus;
    private final transient Duration retryAfter;

    FetchException(FetchError error, String message) {
        this(error, null, null, message);
    }

    FetchException(FetchError error, Integer httpStatus, Duration retryAfter, String message) {
        super(message, null, false, false);
        this.error = error;
        this.httpStatus = httpStatus;
        this.retryAfter = retryAfter;
    }

    FetchError error() {
        return error;
    }

    /** Status of the answer that caused it, null when there was none. */
    Integer httpStatus() {
        return httpStatus;
    }

    /** The wait the server asked for (Retry-After), null when it did not say. */
    Duration retryAfter() {
        return retryAfter;
    }
}
