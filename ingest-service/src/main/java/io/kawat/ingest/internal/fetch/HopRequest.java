package io.kawat.ingest.internal.fetch;

import java.net.URI;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** One HTTP GET as it travels down the step chain: a URL and headers (names case-insensitive). */
record HopRequest(URI uri, SortedMap<String, String> headers) {

    HopRequest {
        TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        headers = Collections.unmodifiableSortedMap(copy);
    }

    static HopRequest of(URI uri, Map<String, String> headers) {
        TreeMap<String, String> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        map.putAll(headers);
        return new HopRequest(uri, map);
    }

    HopRequest withUri(URI next) {
        return new HopRequest(next, headers);
    }

    HopRequest withHeader(String name, String value) {
        TreeMap<String, String> map = new TreeMap<>(headers);
        map.put(name, value);
        return new HopRequest(uri, map);
    }

    /** This request with {@code name} set only if absent. */
    HopRequest withDefaultHeader(String name, String value) {
        return headers.containsKey(name) ? this : withHeader(name, value);
    }

    HopRequest withoutHeaders(Collection<String> names) {
        TreeMap<String, String> map = new TreeMap<>(headers);
        names.forEach(map::remove);
        return new HopRequest(uri, map);
    }

    @Override
    public String toString() {
        return "HopRequest[" + SafeUrl.of(uri) + ", headers=" + headers.keySet() + "]";
    }
}
