package io.kawat.ingest.internal.parse;

import java.time.Clock;
import java.util.Objects;

/**
 * Where a document came from, stamped on every story parsed from it.
 *
 * @param sourceId configured source id; story ids are {@code sourceId + ":" + providerGuid}
 * @param sourceName display name of the source
 * @param feedId feed or door the document arrived through
 * @param languageHint language used when the document declares none (BCP 47), nullable
 * @param defaultCredit credit for media that carry none, nullable
 * @param clock the clock for {@code receivedAt}
 */
public record ParseContext(
        String sourceId, String sourceName, String feedId, String languageHint, String defaultCredit, Clock clock) {

    public ParseContext {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(feedId, "feedId");
        Objects.requireNonNull(clock, "clock");
    }
}
