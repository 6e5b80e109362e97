package io.kawat.ingest.internal.fetch;

import java.time.Duration;

/** Builds fetch policies for tests: short timeouts and no politeness unless a test asks for them. */
final class TestPolicy {
    Duration connectTimeout = Duration.ofSeconds(2);
    Duration readTimeout = Duration.ofSeconds(5);
    long maxBodyBytes = 1024 * 1024;
    long maxDecompressedBytes = 1024 * 1024;
    int maxRedirects = 5;
    int maxAttempts = 4;
    Duration initialBackoff = Duration.ofSeconds(1);
    Duration maxBackoff = Duration.ofSeconds(60);
    Duration perHostInterval = Duration.ZERO;
    String userAgent = "Kawat-Test/1.0";

    static TestPolicy builder() {
        return new TestPolicy();
    }

    TestPolicy readTimeout(Duration d) {
        readTimeout = d;
        return this;
    }

    TestPolicy maxBodyBytes(long n) {
        maxBodyBytes = n;
        return this;
    }

    TestPolicy maxDecompressedBytes(long n) {
        maxDecompressedBytes = n;
        return this;
    }

    TestPolicy maxAttempts(int n) {
        maxAttempts = n;
        return this;
    }

    TestPolicy backoff(Duration initial, Duration max) {
        initialBackoff = initial;
        maxBackoff = max;
        return this;
    }

    TestPolicy perHostInterval(Duration d) {
        perHostInterval = d;
        return this;
    }

    FetchPolicy build() {
        return new FetchPolicy(
                connectTimeout,
                readTimeout,
                maxBodyBytes,
                maxDecompressedBytes,
                maxRedirects,
                maxAttempts,
                initialBackoff,
                maxBackoff,
                perHostInterval,
                userAgent);
    }
}
