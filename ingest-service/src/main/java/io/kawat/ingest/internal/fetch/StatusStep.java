package io.kawat.ingest.internal.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Turns error statuses into classified failures: 429 (rate limited) and 5xx are retriable and carry the server's
 * Retry-After; 408 is a timeout; other 4xx are permanent. 2xx and 304 pass through.
 */
final class StatusStep implements FetchStep {
    private final Clock clock;

    StatusStep(Clock clock) {
        this.clock = clock;
    }

    @Override
    public HopResponse intercept(Chain chain) throws FetchException {
        HopResponse response = chain.proceed(chain.request());
        int status = response.status();
        if (response.isSuccess() || status == 304) {
            return response;
        }
        String what = "HTTP " + status + " from " + SafeUrl.of(response.uri());
        Duration retryAfter = retryAfter(response);
        if (status == 429) {
            throw new FetchException(FetchError.KWT_1004_RATE_LIMITED, status, retryAfter, what);
        }
        if (status == 408) {
            throw new FetchException(FetchError.KWT_1001_TIMEOUT, status, retryAfter, what);
        }
        if (status >= 500) {
            throw new FetchException(FetchError.KWT_1003_HTTP_5XX, status, retryAfter, what);
        }
        if (status >= 400) {
            throw new FetchException(FetchError.KWT_1005_HTTP_4XX, status, null, what);
        }
        throw new FetchException(FetchError.KWT_1012_BAD_REDIRECT, status, null, "unexpected " + what);
    }

    /** Retry-After as delay-seconds or an HTTP date; null when absent or unreadable. */
    private Duration retryAfter(HopResponse response) {
        String value = response.header("Retry-After").map(String::strip).orElse("");
        if (value.isEmpty()) {
            return null;
        }
        if (value.chars().allMatch(Character::isDigit)) {
            return value.length() > 9 ? Duration.ofSeconds(999_999_999L) : Duration.ofSeconds(Long.parseLong(value));
        }
        try {
            Duration until = Duration.between(
                    clock.instant(),
                    ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                            .toInstant());
            return until.isNegative() ? Duration.ZERO : until;
        } catch (DateTimeParseException unreadable) {
            // a malformed Retry-After is ignored: the ordinary backoff applies
            return null;
        }
    }
}
