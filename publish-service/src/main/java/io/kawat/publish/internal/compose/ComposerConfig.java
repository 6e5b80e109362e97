package io.kawat.publish.internal.compose;

import java.util.List;
import java.util.Objects;

/**
 * What the composer needs from the deployment's configuration.
 *
 * @param outletName the newsroom's name in datelines ("Brussels, Kawat - ...")
 * @param byline the byline every composed article carries; null for none
 * @param editionLanguages the edition languages (ISO 639-1) the deployment publishes in
 */
public record ComposerConfig(String outletName, String byline, List<String> editionLanguages) {

    /** Validates and copies. */
    public ComposerConfig {
        Objects.requireNonNull(outletName, "outletName");
        if (outletName.isBlank()) {
            throw new IllegalArgumentException("outletName must not be blank");
        }
        editionLanguages = List.copyOf(Objects.requireNonNull(editionLanguages, "editionLanguages"));
        if (editionLanguages.isEmpty()) {
            throw new IllegalArgumentException("editionLanguages must not be empty");
        }
    }

    /** Outlet "Kawat", byline "Kawat Newsroom", editions id, en and es. */
    public static ComposerConfig defaults() {
        return new ComposerConfig("Kawat", "Kawat Newsroom", List.of("id", "en", "es"));
    }
}
