package io.kawat.ingest.internal.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits and schedule of the feed fetcher.
 *
 * @param connectTimeout       time allowed to open a connection
 * @param readTimeout          time allowed without any progress while waiting for headers or body bytes
 * @param maxBodyBytes         cap on the bytes read from the wire (compressed); reading stops past it
 * @param maxDecompressedBytes cap on the body once gzip/deflate is undone (gzip bombs)
 * @param maxRedirects         redirects followed for one request
 * @param maxAttempts          attempts for one fetch, the first included (retries on 5xx, 429, I/O errors)
 * @param initialBackoff       ceiling of the first retry's random wait; it doubles per retry
 * @param maxBackoff           largest ceiling of a retry's wait, and the longest Retry-After honoured
 * @param perHostInterval      minimum spacing between two requests to the same host
 * @param userAgent            User-Agent sent unless the request carries its own
 */
public record FetchPolicy(
        Duration connectTimeout,
        Duration readTimeout,
        long maxBodyBytes,
        long maxDecompressedBytes,
        int maxRedirects,
        int maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        Duration perHostInterval,
        String userAgent) {

    private static final long MIB = 1024L * 1024L;
    private static final long MAX_IN_MEMORY = Integer.MAX_VALUE - 8L;

    public FetchPolicy {
        positive("connectTimeout", connectTimeout);
        positive("readTimeout", readTimeout);
        notNegative("initialBackoff", initialBackoff);
        notNegative("maxBackoff", maxBackoff);
        notNegative("perHostInterval", perHostInterval);
        if (maxBodyBytes <= 0
                || maxDecompressedBytes <= 0
                || maxBodyBytes > MAX_IN_MEMORY
                || maxDecompressedBytes > MAX_IN_MEMORY) {
            // bodies are held in a byte array
            throw new IllegalArgumentException("maxBodyBytes and maxDecompressedBytes must be in 1.." + MAX_IN_MEMORY);
        }
        if (maxRedirects < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("maxRedirects must be >= 0 and maxAttempts >= 1");
        }
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent must not be blank");
        }
    }

    /** 10 s connect, 30 s read, 20 MiB body, 50 MiB decompressed, 5 redirects, 4 attempts, 1–60 s backoff, 1 s per host. */
    public static FetchPolicy defaults() {
        return new FetchPolicy(
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                20 * MIB,
                50 * MIB,
                5,
                4,
                Duration.ofSeconds(1),
                Duration.ofSeconds(60),
                Duration.ofSeconds(1),
                "Kawat/0.1 (+https://github.com/kawat)");
    }

    private static void positive(String name, Duration d) {
        notNegative(name, d);
        if (d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    private static void notNegative(String name, Duration d) {
        Objects.requireNonNull(d, name);
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
    }
}
