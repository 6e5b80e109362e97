package io.kawat.ingest.internal.fetch;

import java.net.URI;

/** Outcome of one {@link FeedFetcher#fetch}: a body, "not modified", or a classified failure. */
public sealed interface FetchResult {

    /** Attempts made, the first included. */
    int attempts();

    /**
     * A 2xx answer with its body already decompressed.
     *
     * @param finalUrl the URL that answered, after redirects
     */
    record Fetched(
            byte[] body, String contentType, String etag, String lastModified, int status, URI finalUrl, int attempts)
            implements FetchResult {

        @Override
        public String toString() {
            return "Fetched[status=" + status + ", bytes=" + body.length + ", contentType=" + contentType
                    + ", etag=" + etag + ", lastModified=" + lastModified + ", finalUrl=" + SafeUrl.of(finalUrl)
                    + ", attempts=" + attempts + "]";
        }
    }

    /** A 304 answer to a conditional request: the feed has not changed. */
    record NotModified(int attempts) implements FetchResult {}

    /**
     * A failure.
     *
     * @param permanent  true when trying again soon will not help (4xx, too large, blocked address ...)
     * @param httpStatus status of the last answer, null when none came
     * @param message    human-readable detail, free of credentials
     */
    record Failed(FetchError error, boolean permanent, Integer httpStatus, String message, int attempts)
            implements FetchResult {}
}
