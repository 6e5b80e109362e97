package io.kawat.ingest.internal.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows 301, 302, 303, 307 and 308 itself (the HTTP client never does), at most {@code maxRedirects} times. Every
 * hop goes down the rest of the chain again, so the SSRF guard checks each one before it connects. The caller's
 * headers (credentials) are dropped as soon as a hop leaves the original origin.
 */
final class RedirectStep implements FetchStep {
    private static final Logger log = LoggerFactory.getLogger(RedirectStep.class);

    private final int maxRedirects;

    RedirectStep(int maxRedirects) {
        this.maxRedirects = maxRedirects;
    }

    @Override
    public HopResponse intercept(Chain chain) throws FetchException {
        Set<String> callerHeaders = chain.context().request().headers().keySet();
        HopRequest request = chain.request();
        for (int redirects = 0; ; redirects++) {
            HopResponse response = chain.proceed(request);
            if (!response.isRedirect()) {
                return response;
            }
            if (redirects >= maxRedirects) {
                throw new FetchException(
                        FetchError.KWT_1008_TOO_MANY_REDIRECTS,
                        response.status(),
                        null,
                        "more than " + maxRedirects + " redirects; the last from " + SafeUrl.of(response.uri()));
            }
            URI next = location(response);
            log.debug(
                    "HTTP {} from {} redirects to {}", response.status(), SafeUrl.of(response.uri()), SafeUrl.of(next));
            HopRequest nextRequest = request.withUri(next);
            request = sameOrigin(request.uri(), next) ? nextRequest : nextRequest.withoutHeaders(callerHeaders);
        }
    }

    private static URI location(HopResponse response) throws FetchException {
        String location = response.header("Location").map(String::strip).orElse("");
        if (location.isEmpty()) {
            throw new FetchException(
                    FetchError.KWT_1012_BAD_REDIRECT,
                    response.status(),
                    null,
                    "HTTP " + response.status() + " from " + SafeUrl.of(response.uri()) + " without a Location");
        }
        try {
            URI resolved = response.uri().resolve(new URI(location));
            return resolved.getRawFragment() == null
                    ? resolved
                    : new URI(
                            resolved.toString().substring(0, resolved.toString().indexOf('#')));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException(
                    FetchError.KWT_1012_BAD_REDIRECT,
                    response.status(),
                    null,
                    "HTTP " + response.status() + " from " + SafeUrl.of(response.uri()) + " with a malformed Location");
        }
    }

    static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null
                && a.getScheme().equalsIgnoreCase(String.valueOf(b.getScheme()))
                && a.getHost() != null
                && a.getHost().equalsIgnoreCase(String.valueOf(b.getHost()))
                && port(a) == port(b);
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equals(String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT)) ? 443 : 80;
    }
}
