package io.kawat.ingest.internal.fetch;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One fetch of a feed.
 *
 * @param url                 http or https URL of the feed
 * @param etag                ETag of the previous answer, sent as If-None-Match; null when unknown
 * @param lastModified        Last-Modified of the previous answer, sent as If-Modified-Since; null when unknown
 * @param allowPrivateNetwork lets this URL's own host be on a loopback or private network (never link-local,
 *                            multicast or unspecified); a redirect may reach a private address only if it is one of
 *                            the addresses of this URL's host
 * @param headers             extra headers, e.g. credentials; their values never appear in logs or messages, and
 *                            they are not forwarded when a redirect leaves the URL's origin
 */
public record FetchRequest(
        URI url, String etag, String lastModified, boolean allowPrivateNetwork, Map<String, String> headers) {

    public FetchRequest {
        Objects.requireNonNull(url, "url");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** An unconditional request to a public address, without extra headers. */
    public static FetchRequest of(URI url) {
        return new FetchRequest(url, null, null, false, Map.of());
    }

    /** Masks header values: they may be credentials. */
    @Override
    public String toString() {
        String names = headers.keySet().stream().sorted().map(n -> n + "=***").collect(Collectors.joining(", "));
        return "FetchRequest[url=" + SafeUrl.of(url) + ", etag=" + etag + ", lastModified=" + lastModified
                + ", allowPrivateNetwork=" + allowPrivateNetwork + ", headers={" + names + "}]";
    }
}
