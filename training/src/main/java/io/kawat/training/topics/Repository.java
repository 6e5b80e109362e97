package io.kawat.training.topics;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths in the source tree, whether the command runs from the repository root or from the training module. */
final class Repository {

    private Repository() {}

    static Path path(String relative) {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("enrich-service")) && Files.isDirectory(p.resolve("training"))) {
                return p.resolve(relative);
            }
        }
        throw new IllegalStateException("run from the Kawat repository (no enrich-service/ above " + here + ")");
    }
}
