package io.kawat.bench.gen;

import java.util.List;

/**
 * A document the driver pushes: one source's items in one format.
 *
 * @param source whose items
 * @param contentType the Content-Type to send
 * @param body the bytes
 * @param versions the versions it carries, in document order
 */
public record WireDocument(BenchSource source, String contentType, byte[] body, List<StoryVersion> versions) {

    public WireDocument {
        versions = List.copyOf(versions);
    }
}
