package io.kawat.publish.internal.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Finds the shared folder (fixtures and reference data) beside the repository, by walking up from the working dir. */
public final class SharedData {

    private SharedData() {}

    /** The shared folder: the first {@code shared} beside an ancestor that has {@code fixtures/wire}. */
    public static Path dir() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            List<Path> candidates = dir.getParent() == null
                    ? List.of(dir.resolve("../shared"))
                    : List.of(dir.resolveSibling("shared"), dir.resolve("../shared"));
            for (Path candidate : candidates) {
                if (Files.isDirectory(candidate.resolve("fixtures/wire"))) {
                    return candidate.normalize();
                }
            }
        }
        throw new IllegalStateException(
                "no shared folder with fixtures/wire above " + Path.of("").toAbsolutePath());
    }

    /** A file under the shared folder. */
    public static Path file(String relative) {
        return dir().resolve(relative);
    }
}
