package io.kawat.enrich.internal.eval;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared data folder beside the repository clone (never a hard-coded path). */
final class SharedData {

    private SharedData() {}

    static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            for (Path candidate : new Path[] {
                dir.resolveSibling("shared"), dir.resolve("../shared").normalize()
            }) {
                if (Files.isDirectory(candidate.resolve("fixtures/wire"))) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("no shared folder with fixtures/wire beside the repository");
    }
}
