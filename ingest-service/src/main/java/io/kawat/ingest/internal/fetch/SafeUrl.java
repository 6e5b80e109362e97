package io.kawat.ingest.internal.fetch;

import java.net.URI;

/** Renders URLs for logs and messages without user info or query values, which may carry credentials. */
final class SafeUrl {

    private SafeUrl() {}

    static String of(URI uri) {
        if (uri == null) {
            return "null";
        }
        if (uri.getHost() == null) {
            return uri.getScheme() == null ? "<relative URL>" : uri.getScheme() + ":<opaque>";
        }
        StringBuilder s =
                new StringBuilder().append(uri.getScheme()).append("://").append(uri.getHost());
        if (uri.getPort() >= 0) {
            s.append(':').append(uri.getPort());
        }
        s.append(uri.getRawPath() == null ? "" : uri.getRawPath());
        if (uri.getRawQuery() != null) {
            s.append("?…");
        }
        return s.toString();
    }
}
