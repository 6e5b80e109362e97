package io.kawat.ingest.internal.fetch;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the rest of the chain up to {@code maxAttempts} times while it fails with a retriable error (5xx, 429,
 * timeout, I/O). Waits a jittered exponential backoff between attempts, or exactly the server's Retry-After when it
 * gives one; a Retry-After longer than the largest backoff ends the fetch instead of blocking the poller.
 */
final class RetryStep implements FetchStep {
    private static final Logger log = LoggerFactory.getLogger(RetryStep.class);

    private final int maxAttempts;
    private final Duration maxWait;
    private final Backoff backoff;
    private final Sleeper sleeper;

    RetryStep(FetchPolicy policy, Backoff backoff, Sleeper sleeper) {
        this.maxAttempts = policy.maxAttempts();
        this.maxWait = policy.maxBackoff();
        this.backoff = backoff;
        this.sleeper = sleeper;
    }

    @Override
    public HopResponse intercept(Chain chain) throws FetchException {
        FetchContext context = chain.context();
        while (true) {
            int attempt = context.startAttempt();
            try {
                return chain.proceed(chain.request());
            } catch (FetchException e) {
                if (!e.error().retriable() || e.error() == FetchError.KWT_1015_INTERRUPTED || attempt >= maxAttempts) {
                    throw e;
                }
                Duration wait = waitBeforeRetry(attempt, e);
                log.info(
                        "GET {} failed with {} (attempt {} of {}): {}; retrying in {} ms",
                        SafeUrl.of(chain.request().uri()),
                        e.error().code(),
                        attempt,
                        maxAttempts,
                        context.redact(e.getMessage()),
                        wait.toMillis());
                sleep(wait, e);
            }
        }
    }

    private Duration waitBeforeRetry(int attempt, FetchException e) throws FetchException {
        Duration asked = e.retryAfter();
        if (asked == null) {
            return backoff.delay(attempt);
        }
        if (asked.compareTo(maxWait) > 0) {
            throw new FetchException(
                    e.error(),
                    e.httpStatus(),
                    asked,
                    e.getMessage() + "; the server asks to wait " + asked.toSeconds() + " s, longer than the "
                            + maxWait.toSeconds() + " s a fetch may wait");
        }
        return asked;
    }

    private void sleep(Duration wait, FetchException cause) throws FetchException {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new FetchException(
                    FetchError.KWT_1015_INTERRUPTED,
                    cause.httpStatus(),
                    null,
                    "interrupted while waiting to retry after: " + cause.getMessage());
        }
    }
}
