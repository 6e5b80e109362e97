package io.kawat.ingest.internal.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps at least {@code interval} between the starts of two requests to the same host, across all the feeds this
 * fetcher serves. State: host (lower case) → the start time reserved by the latest request; entries older than the
 * interval are dropped once the map grows past {@value #PRUNE_AT} hosts. A request reserves its slot atomically, then
 * sleeps until it, so concurrent polls of one host queue up instead of bursting.
 */
final class PolitenessStep implements FetchStep {
    private static final Logger log = LoggerFactory.getLogger(PolitenessStep.class);
    private static final int PRUNE_AT = 1024;

    private final Duration interval;
    private final Clock clock;
    private final Sleeper sleeper;
    private final ConcurrentMap<String, Instant> slots = new ConcurrentHashMap<>();

    PolitenessStep(Duration interval, Clock clock, Sleeper sleeper) {
        this.interval = interval;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    @Override
    public HopResponse intercept(Chain chain) throws FetchException {
        if (!interval.isZero()) {
            waitForSlot(chain.request().uri().getHost().toLowerCase(Locale.ROOT));
        }
        return chain.proceed(chain.request());
    }

    private void waitForSlot(String host) throws FetchException {
        Instant now = clock.instant();
        Instant slot = slots.merge(host, now, (previous, ignored) -> later(previous.plus(interval), now));
        Duration wait = Duration.between(now, slot);
        prune(now);
        if (wait.isZero() || wait.isNegative()) {
            return;
        }
        log.debug("Waiting {} ms before the next request to {}", wait.toMillis(), host);
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(
                    FetchError.KWT_1015_INTERRUPTED,
                    "interrupted while waiting for the politeness interval of " + host);
        }
    }

    private void prune(Instant now) {
        if (slots.size() > PRUNE_AT) {
            Instant horizon = now.minus(interval);
            slots.values().removeIf(slot -> slot.isBefore(horizon));
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
