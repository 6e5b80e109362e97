package io.kawat.publish.internal.webhook;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers one event to one subscriber: signs each attempt, retries 5xx, 408, 429, timeouts and connection errors
 * with the {@link RetrySchedule}, gives up at once on other answers (a 4xx will not get better) and on refused
 * targets, and after {@code maxAttempts} attempts. The caller dead-letters what was given up.
 */
public final class WebhookDelivery {
    public static final String EVENT_ID = "X-Kawat-Event-Id";
    public static final String ARTICLE = "X-Kawat-Article";
    public static final String TIMESTAMP = "X-Kawat-Timestamp";
    public static final String SIGNATURE = "X-Kawat-Signature";
    private static final Logger log = LoggerFactory.getLogger(WebhookDelivery.class);

    /** What became of an event: delivered, or given up after {@code attempts} with a reason (never the secret). */
    public record Result(boolean delivered, int attempts, String reason) {}

    private final WebhookSubscriber subscriber;
    private final WebhookSender sender;
    private final TargetGuard guard;
    private final RetrySchedule schedule;
    private final Clock clock;
    private final Sleeper sleeper;
    private final WebhookMetrics metrics;

    public WebhookDelivery(
            WebhookSubscriber subscriber,
            WebhookSender sender,
            TargetGuard guard,
            RetrySchedule schedule,
            Clock clock,
            Sleeper sleeper,
            WebhookMetrics metrics) {
        this.subscriber = subscriber;
        this.sender = sender;
        this.guard = guard;
        this.schedule = schedule;
        this.clock = clock;
        this.sleeper = sleeper;
        this.metrics = metrics;
    }

    /** Delivers {@code event}, waiting between attempts; interrupted only when the service stops. */
    public Result deliver(WebhookEvent event) throws InterruptedException {
        String reason = "no attempt made";
        for (int attempt = 1; attempt <= subscriber.maxAttempts(); attempt++) {
            sleeper.sleep(schedule.delayBefore(attempt));
            Attempt outcome = attempt(event);
            if (outcome == Attempt.DELIVERED) {
                metrics.delivered();
                log.debug("Webhook {} accepted {} at attempt {}", subscriber.id(), event.eventId(), attempt);
                return new Result(true, attempt, null);
            }
            metrics.failed();
            reason = outcome.reason;
            log.info(
                    "Webhook {} attempt {} of {} for {} failed: {}",
                    subscriber.id(),
                    attempt,
                    subscriber.maxAttempts(),
                    event.eventId(),
                    reason);
            if (!outcome.retriable) {
                return new Result(false, attempt, reason);
            }
        }
        return new Result(
                false,
                subscriber.maxAttempts(),
                "gave up after " + subscriber.maxAttempts() + " attempts; last: " + reason);
    }

    private Attempt attempt(WebhookEvent event) throws InterruptedException {
        try {
            guard.check(subscriber.url(), subscriber.allowPrivateNetwork());
            int status = sender.post(subscriber.url(), headers(event), event.body());
            if (status >= 200 && status < 300) {
                return Attempt.DELIVERED;
            }
            boolean retriable = status >= 500 || status == 408 || status == 429;
            return new Attempt("HTTP " + status + (retriable ? "" : " (not retried)"), retriable);
        } catch (TargetGuard.RefusedTargetException e) {
            return new Attempt(e.getMessage(), false);
        } catch (HttpTimeoutException e) {
            return new Attempt("timed out", true);
        } catch (IOException e) {
            return new Attempt(
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), true);
        }
    }

    private Map<String, String> headers(WebhookEvent event) {
        String timestamp = String.valueOf(clock.instant().getEpochSecond());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(EVENT_ID, event.eventId());
        headers.put(ARTICLE, event.articleUri());
        headers.put(TIMESTAMP, timestamp);
        headers.put(SIGNATURE, WebhookSigner.signature(subscriber.secret(), timestamp, event.body()));
        return headers;
    }

    /** One attempt's outcome. */
    private static final class Attempt {
        static final Attempt DELIVERED = new Attempt(null, false);
        final String reason;
        final boolean retriable;

        Attempt(String reason, boolean retriable) {
            this.reason = reason;
            this.retriable = retriable;
        }
    }
}
