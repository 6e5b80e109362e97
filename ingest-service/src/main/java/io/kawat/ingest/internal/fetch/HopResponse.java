package io.kawat.ingest.internal.fetch;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Optional;

/** One HTTP answer as it travels back up the step chain; {@code body} is as capped and decoded so far. */
record HopResponse(URI uri, int status, HttpHeaders headers, byte[] body) {

    Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    HopResponse withBody(byte[] newBody) {
        return new HopResponse(uri, status, headers, newBody);
    }

    boolean isRedirect() {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    @Override
    public String toString() {
        return "HopResponse[" + status + " from " + SafeUrl.of(uri) + ", bytes=" + body.length + "]";
    }
}
