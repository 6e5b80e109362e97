package io.kawat.bench.gen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared folder beside the repository (wire fixtures, reference data), found by walking up from the working
 * directory as the tests do: {@code /work/shared} here, a folder {@code shared} beside the clone in CI.
 */
public final class SharedFixtures {

    private SharedFixtures() {}

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

    /** {@code fixtures/wire} under the shared folder. */
    public static Path wireDir() {
        return dir().resolve("fixtures/wire");
    }

    /** Every wire fixture file (not the SOURCES.md notes), sorted by path. */
    public static List<Path> wireFiles() {
        try (Stream<Path> files = Files.walk(wireDir())) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + wireDir(), e);
        }
    }

    /** The bytes of a file under {@code fixtures/wire}, e.g. {@code rss/guardian.rss}. */
    public static byte[] wire(String relative) {
        Path file = wireDir().resolve(relative);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
