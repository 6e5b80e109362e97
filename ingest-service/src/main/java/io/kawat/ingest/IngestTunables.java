package io.kawat.ingest;

import io.kawat.ingest.internal.fetch.FetchPolicy;
import io.kawat.ingest.internal.parse.ParseLimits;
import io.kawat.platform.config.Config;

/** The parse limits and fetch policy of a configuration ({@link IngestSettings}). */
final class IngestTunables {
    private IngestTunables() {}

    static ParseLimits parseLimits(Config config) {
        return new ParseLimits(
                config.get(IngestSettings.MAX_DOCUMENT_BYTES),
                config.get(IngestSettings.MAX_FIELD_CHARS),
                config.get(IngestSettings.MAX_ITEMS));
    }

    /** The fetch policy with the configured timeouts, backoff and per-host spacing; size caps as the defaults. */
    static FetchPolicy fetchPolicy(Config config) {
        FetchPolicy d = FetchPolicy.defaults();
        return new FetchPolicy(
                config.get(IngestSettings.CONNECT_TIMEOUT),
                config.get(IngestSettings.READ_TIMEOUT),
                d.maxBodyBytes(),
                d.maxDecompressedBytes(),
                d.maxRedirects(),
                d.maxAttempts(),
                config.get(IngestSettings.INITIAL_BACKOFF),
                config.get(IngestSettings.MAX_BACKOFF),
                config.get(IngestSettings.PER_HOST_INTERVAL),
                d.userAgent());
    }
}
