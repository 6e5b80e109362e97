package io.kawat.publish.internal.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counters of one subscriber: {@code kawat_webhook_delivered_total}, {@code kawat_webhook_failed_total} (failed
 * attempts, retried or not) and {@code kawat_webhook_dead_lettered_total}, tagged {@code subscriber}.
 */
public final class WebhookMetrics {
    private final Counter delivered;
    private final Counter failed;
    private final Counter deadLettered;

    public WebhookMetrics(MeterRegistry registry, String subscriberId) {
        delivered = counter(registry, "kawat.webhook.delivered", "Events a subscriber accepted (2xx)", subscriberId);
        failed = counter(registry, "kawat.webhook.failed", "Delivery attempts that failed", subscriberId);
        deadLettered =
                counter(registry, "kawat.webhook.dead.lettered", "Events given up and dead-lettered", subscriberId);
    }

    void delivered() {
        delivered.increment();
    }

    void failed() {
        failed.increment();
    }

    void deadLettered() {
        deadLettered.increment();
    }

    public double deliveredCount() {
        return delivered.count();
    }

    public double failedCount() {
        return failed.count();
    }

    public double deadLetteredCount() {
        return deadLettered.count();
    }

    private static Counter counter(MeterRegistry registry, String name, String doc, String subscriberId) {
        return Counter.builder(name)
                .description(doc)
                .tag("subscriber", subscriberId)
                .register(registry);
    }
}
