package io.kawat.publish.internal.webhook;

import java.net.URI;
import java.util.Objects;

/**
 * One webhook subscriber from {@code publish.webhooks}: where to POST, the secret that signs the deliveries, whether
 * the target may be on a private network (tests: loopback) and how many attempts an event gets before it is
 * dead-lettered. {@link #toString()} never shows the secret.
 *
 * @param id                  lower-case id: names the consumer group, the metrics and the dead letters
 * @param url                 http(s) URL that receives the POSTs
 * @param secret              HMAC-SHA256 key, read from the environment variable the entry names
 * @param allowPrivateNetwork true to allow loopback and private-network targets
 * @param maxAttempts         attempts per event (the first delivery included)
 * @param startFrom           where a new subscriber starts: {@code latest} (only new versions) or {@code earliest}
 */
public record WebhookSubscriber(
        String id, URI url, String secret, boolean allowPrivateNetwork, int maxAttempts, String startFrom) {
    /** Attempts per event unless configured. */
    public static final int DEFAULT_MAX_ATTEMPTS = 8;

    public WebhookSubscriber {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(startFrom, "startFrom");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("max-attempts must be at least 1");
        }
        if (!startFrom.equals("latest") && !startFrom.equals("earliest")) {
            throw new IllegalArgumentException("start-from must be latest or earliest");
        }
    }

    @Override
    public String toString() {
        return "WebhookSubscriber[id=" + id + ", url=" + url.getScheme() + "://" + url.getHost()
                + ", allowPrivateNetwork=" + allowPrivateNetwork + ", maxAttempts=" + maxAttempts
                + ", startFrom=" + startFrom + ", secret=****]";
    }
}
