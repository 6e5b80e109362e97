package io.kawat.ingest.internal.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Locates the shared wire fixtures (a folder {@code shared} beside the repository) and parses them with a fixed
 * context, so tests assert real values from real provider files.
 */
final class WireFixtures {

    static final Instant NOW = Instant.parse("2026-02-18T12:00:00Z");
    static final ParseContext CTX = context(null);

    private static final Path ROOT = locate();

    private WireFixtures() {}

    static ParseContext context(String languageHint) {
        return new ParseContext("src", "Source", "feed-1", languageHint, null, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(ROOT.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedDocument parse(String relative) {
        return parse(relative, CTX);
    }

    static ParsedDocument parse(String relative, ParseContext ctx) {
        try {
            return new WireParsers(ParseLimits.defaults()).parse(bytes(relative), null, ctx);
        } catch (WireParseException e) {
            throw new AssertionError("fixture " + relative + " failed: " + e.getMessage(), e);
        }
    }

    /** {@code shared/fixtures/wire}, found by walking up from the working directory. */
    static Path root() {
        return ROOT;
    }

    private static Path locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            for (Path candidate : new Path[] {dir.resolveSibling("shared"), dir.resolve("../shared")}) {
                Path wire = candidate.resolve("fixtures/wire");
                if (Files.isDirectory(wire)) {
                    return wire.normalize();
                }
            }
        }
        throw new IllegalStateException(
                "shared/fixtures/wire not found above " + Path.of("").toAbsolutePath());
    }
}
