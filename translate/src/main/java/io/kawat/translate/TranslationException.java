package io.kawat.translate;

import java.time.Duration;
import java.util.Optional;

/**
 * A translation engine failed. Retriable failures (timeouts, I/O, rate limits, quota, 5xx) may succeed later; the
 * others (bad request, authentication, an unsupported pair) will not. Messages never contain credentials or texts.
 */
public final class TranslationException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean retriable;
    private final Duration retryAfter;

    public TranslationException(String message, boolean retriable) {
        this(message, retriable, null, null);
    }

    public TranslationException(String message, boolean retriable, Throwable cause) {
        this(message, retriable, null, cause);
    }

    /**
     * @param retryAfter how long the engine asked us to wait (HTTP {@code Retry-After}), or null when it did not say
     */
    public TranslationException(String message, boolean retriable, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retriable = retriable;
        this.retryAfter = retryAfter;
    }

    /** True when the same request may succeed later. */
    public boolean retriable() {
        return retriable;
    }

    /** How long the engine asked callers to wait before the next request, when it said so. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
