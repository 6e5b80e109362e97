package io.kawat.ingest.internal.fetch;

import io.kawat.ingest.internal.fetch.AddressPolicy.AddressClass;
import io.kawat.ingest.internal.fetch.AddressPolicy.Reach;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Refuses, before any connection, a hop whose scheme is not http(s) or whose host resolves to an address the request
 * may not reach. Public addresses are always allowed; link-local, multicast, unspecified and reserved ones never.
 * Private ones (loopback, RFC 1918, CGNAT, unique-local) only when the request allows private networks, and then only
 * for the request's own host, or for a redirect target that resolves to that host's addresses. Every address a host
 * resolves to must pass, since the client may connect to any of them.
 */
final class SsrfGuardStep implements FetchStep {
    private final HostResolver resolver;

    SsrfGuardStep(HostResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public HopResponse intercept(Chain chain) throws FetchException {
        URI uri = chain.request().uri();
        String host = checkUrl(uri);
        FetchContext context = chain.context();
        List<InetAddress> addresses = resolve(host, uri);
        boolean originHost =
                host.equalsIgnoreCase(String.valueOf(context.request().url().getHost()));
        if (originHost) {
            context.originAddresses().addAll(addresses);
        }
        for (InetAddress address : addresses) {
            check(uri, host, address, originHost, context);
        }
        return chain.proceed(chain.request());
    }

    private static String checkUrl(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(
                    FetchError.KWT_1010_BAD_SCHEME,
                    "refused to fetch " + SafeUrl.of(uri) + ": only http and https are fetched");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new FetchException(
                    FetchError.KWT_1013_INVALID_REQUEST,
                    "refused to fetch " + SafeUrl.of(uri) + ": the URL has no host");
        }
        return uri.getHost();
    }

    private List<InetAddress> resolve(String host, URI uri) throws FetchException {
        try {
            List<InetAddress> addresses = resolver.resolve(host);
            if (!addresses.isEmpty()) {
                return addresses;
            }
        } catch (UnknownHostException e) {
            // reported below with the URL rather than the resolver's wording
        }
        throw new FetchException(
                FetchError.KWT_1011_UNKNOWN_HOST,
                "cannot fetch " + SafeUrl.of(uri) + ": host " + host + " does not resolve");
    }

    private static void check(URI uri, String host, InetAddress address, boolean originHost, FetchContext context)
            throws FetchException {
        AddressClass kind = AddressPolicy.classify(address);
        boolean allowPrivate = context.request().allowPrivateNetwork();
        boolean allowed = switch (kind.reach()) {
            case PUBLIC -> true;
            case PRIVATE ->
                allowPrivate && (originHost || context.originAddresses().contains(address));
            case FORBIDDEN -> false;
        };
        if (!allowed) {
            String why = kind.reach() == Reach.FORBIDDEN
                    ? "never fetched"
                    : allowPrivate
                            ? "allowed only for the feed's own host, not after a redirect"
                            : "the feed does not allow private network access";
            throw new FetchException(
                    FetchError.KWT_1009_BLOCKED_ADDRESS,
                    "refused to fetch " + SafeUrl.of(uri)
                            + ": " + host + " resolves to " + address.getHostAddress() + ", a " + kind.label()
                            + " address (" + why + ")");
        }
    }
}
