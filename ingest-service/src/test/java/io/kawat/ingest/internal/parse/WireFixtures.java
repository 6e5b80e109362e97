package io.kawat.ingest.internal.parse;

import io.kawat.fixtures.WireFiles;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The wire fixtures of the {@code fixtures} module (read from the class path), parsed with a fixed context, so tests
 * assert real values from real provider files.
 */
final class WireFixtures {

    static final Instant NOW = Instant.parse("2026-02-18T12:00:00Z");
    static final ParseContext CTX = context(null);

    private WireFixtures() {}

    static ParseContext context(String languageHint) {
        return new ParseContext("src", "Source", "feed-1", languageHint, null, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static byte[] bytes(String relative) {
        return WireFiles.bytes(relative);
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
}
