package io.kawat.ingest.internal.source;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * One configured source.
 *
 * @param id                  stable id, first part of every story id ({@code reuters}, {@code voa-en})
 * @param name                display name used in credits ("Reuters", "VOA News")
 * @param type                how it delivers
 * @param url                 feed URL for HTTP sources, else null
 * @param folder              drop folder for FOLDER sources, else null
 * @param pollInterval        time between polls of an HTTP source
 * @param language            language hint when the documents declare none (null: none)
 * @param credit              default credit line for media without one (null: the name)
 * @param enabled             disabled sources are listed but never polled
 * @param allowPrivateNetwork true only where a feed is known to live on a private or loopback address
 * @param headers             request headers, values already resolved from the environment (secrets: never logged)
 */
public record SourceConfig(
        String id,
        String name,
        SourceType type,
        URI url,
        Path folder,
        Duration pollInterval,
        String language,
        String credit,
        boolean enabled,
        boolean allowPrivateNetwork,
        Map<String, String> headers) {

    /** A source named on the spot by an operator's push: display name unknown until a document tells it. */
    public static SourceConfig adHoc(String id) {
        return new SourceConfig(
                id, null, SourceType.PUSH, null, null, Duration.ZERO, null, null, true, false, Map.of());
    }

    public String feedId() {
        return id;
    }

    @Override
    public String toString() {
        return "Source[" + id + ", " + type + (url != null ? ", " + url : "") + (folder != null ? ", " + folder : "")
                + "]";
    }
}
