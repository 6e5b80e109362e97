package io.kawat.translate.internal;

import io.kawat.translate.TranslationException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A value fetched from an engine (its language list) and kept for a while: refreshed after {@code ttl}, and after a
 * failed fetch not asked again before {@code retryAfterFailure}, so a down engine is not hammered by every call.
 */
final class CachedLookup<T> {
    private static final Logger LOG = LoggerFactory.getLogger(CachedLookup.class);

    /** Fetches the value; may fail. */
    @FunctionalInterface
    interface Loader<T> {
        T load() throws TranslationException;
    }

    private record State<T>(T value, long nextLoadNanos) {}

    private final String what;
    private final Loader<T> loader;
    private final Duration ttl;
    private final Duration retryAfterFailure;
    private State<T> state;
    private boolean warned;

    CachedLookup(String what, Loader<T> loader, Duration ttl, Duration retryAfterFailure) {
        this.what = what;
        this.loader = loader;
        this.ttl = ttl;
        this.retryAfterFailure = retryAfterFailure;
    }

    /** The value, or empty when it could not be fetched (yet). */
    synchronized Optional<T> get() {
        long now = System.nanoTime();
        if (state == null || now - state.nextLoadNanos() >= 0) {
            try {
                state = new State<>(loader.load(), now + ttl.toNanos());
                warned = false;
            } catch (TranslationException e) {
                // warn once per outage, not every retry
                if (warned) {
                    LOG.debug("Still cannot fetch {}: {}", what, e.getMessage());
                } else {
                    LOG.warn("Cannot fetch {}: {}; asking again every {}", what, e.getMessage(), retryAfterFailure);
                    warned = true;
                }
                T previous = state == null ? null : state.value();
                state = new State<>(previous, now + retryAfterFailure.toNanos());
            }
        }
        return Optional.ofNullable(state.value());
    }
}
