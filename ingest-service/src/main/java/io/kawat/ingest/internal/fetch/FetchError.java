package io.kawat.ingest.internal.fetch;

/**
 * Numbered fetch errors, shown to operators as {@code KWT-1xxx}. Retriable errors are retried with backoff within
 * one fetch; the others fail at once and are reported as permanent.
 */
public enum FetchError {
    KWT_1001_TIMEOUT(true, "the server did not connect or answer in time"),
    KWT_1002_IO(true, "network I/O error"),
    KWT_1003_HTTP_5XX(true, "the server answered with a 5xx status"),
    KWT_1004_RATE_LIMITED(true, "the server answered 429 Too Many Requests"),
    KWT_1005_HTTP_4XX(false, "the server refused the request with a 4xx status"),
    KWT_1006_TOO_LARGE(false, "the body is larger than the configured cap"),
    KWT_1007_DECOMPRESSION_BOMB(false, "the decompressed body is larger than the configured cap"),
    KWT_1008_TOO_MANY_REDIRECTS(false, "more redirects than the configured cap"),
    KWT_1009_BLOCKED_ADDRESS(
            false, "the host resolves to a loopback, private, link-local or otherwise blocked address"),
    KWT_1010_BAD_SCHEME(false, "only http and https URLs are fetched"),
    KWT_1011_UNKNOWN_HOST(true, "the host name does not resolve"),
    KWT_1012_BAD_REDIRECT(false, "a redirect without a usable Location, or an unexpected 1xx/3xx status"),
    KWT_1013_INVALID_REQUEST(false, "the URL or a header of the request is not valid"),
    KWT_1014_BAD_ENCODING(false, "the Content-Encoding is unsupported or the compressed body is corrupt"),
    KWT_1015_INTERRUPTED(true, "the fetching thread was interrupted");

    private final boolean retriable;
    private final String description;

    FetchError(boolean retriable, String description) {
        this.retriable = retriable;
        this.description = description;
    }

    /** The operator-facing code, e.g. {@code KWT-1003}. */
    public String code() {
        return "KWT-" + name().substring(4, 8);
    }

    public String description() {
        return description;
    }

    /** Whether trying again soon may succeed. */
    public boolean retriable() {
        return retriable;
    }
}
