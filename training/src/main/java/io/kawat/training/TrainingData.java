package io.kawat.training;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the training and evaluation corpora live: a local cache outside the repository ({@code KAWAT_TRAINING_DATA},
 * default {@code ~/.cache/kawat-training}), filled once by the step in {@code training/README.md}. The build and the
 * tests never need it; only the training and evaluation commands read it.
 */
public final class TrainingData {

    private TrainingData() {}

    /** The cache root. */
    public static Path root() {
        String configured = System.getenv("KAWAT_TRAINING_DATA");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "kawat-training");
    }

    /** A corpus folder under the cache, or a clear error naming the gather step when it is missing. */
    public static Path corpus(String name) {
        Path dir = root().resolve(name);
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("training corpus '" + name + "' not found at " + dir
                    + ": gather it first (training/README.md, \"Gathering the corpora\")");
        }
        return dir;
    }
}
