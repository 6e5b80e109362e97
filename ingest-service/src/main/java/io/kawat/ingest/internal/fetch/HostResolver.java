package io.kawat.ingest.internal.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Resolves a host name (or IP literal) to every address a connection could use. Injected so tests need no DNS. */
@FunctionalInterface
interface HostResolver {

    List<InetAddress> resolve(String host) throws UnknownHostException;

    /** The JVM's resolver, whose cache the HTTP client then hits for the same host. */
    static HostResolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}
