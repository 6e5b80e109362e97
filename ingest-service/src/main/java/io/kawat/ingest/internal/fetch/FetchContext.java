package io.kawat.ingest.internal.fetch;

import java.net.InetAddress;
import java.util.HashSet;
import java.util.Set;

/**
 * State of one fetch, shared by its steps and confined to the fetching thread: the caller's request, the attempt
 * count, and the addresses of the request's own host (the only private addresses a redirect may reach).
 */
final class FetchContext {
    private final FetchRequest request;
    private final Redactor redactor;
    private final Set<InetAddress> originAddresses = new HashSet<>();
    private int attempts;

    FetchContext(FetchRequest request) {
        this.request = request;
        this.redactor = new Redactor(request.headers().values());
    }

    FetchRequest request() {
        return request;
    }

    String redact(String text) {
        return redactor.redact(text);
    }

    int attempts() {
        return attempts;
    }

    int startAttempt() {
        return ++attempts;
    }

    Set<InetAddress> originAddresses() {
        return originAddresses;
    }
}
