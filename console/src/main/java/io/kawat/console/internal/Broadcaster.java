package io.kawat.console.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.sse.SseClient;
import io.kawat.schemas.avro.Article;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The page's live channel: one Server-Sent Events stream per open page. A new page first gets a snapshot of
 * everything, then every change as an event ({@code feed}, {@code article}, {@code pipeline} (with the dead-letter
 * counts), {@code job}, {@code audit-event}); articles only when they match the page's filter. Sends are serialised by one lock, so a
 * page never sees an update before its snapshot.
 */
final class Broadcaster {
    private static final Logger log = LoggerFactory.getLogger(Broadcaster.class);

    /** One open page. */
    static final class Subscriber {
        private final SseClient client;
        private final ArticleFilter filter;

        private Subscriber(SseClient client, ArticleFilter filter) {
            this.client = client;
            this.filter = filter;
        }

        ArticleFilter filter() {
            return filter;
        }

        void send(String event, String json) {
            client.sendEvent(event, json, null);
        }
    }

    private final ObjectMapper json;
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();

    Broadcaster(ObjectMapper json) {
        this.json = json;
    }

    /** Keeps {@code client} open, sends it {@code snapshot}, then every change. */
    synchronized void subscribe(SseClient client, ArticleFilter filter, Consumer<Subscriber> snapshot) {
        Subscriber subscriber = new Subscriber(client, filter);
        client.keepAlive();
        client.onClose(() -> subscribers.remove(subscriber));
        snapshot.accept(subscriber);
        subscribers.add(subscriber);
    }

    synchronized void broadcast(String event, Object data) {
        String text = text(data);
        subscribers.forEach(s -> send(s, event, text));
    }

    synchronized void article(Article article) {
        String text = text(ArticleStream.summary(article));
        subscribers.stream().filter(s -> s.filter().matches(article)).forEach(s -> send(s, "article", text));
    }

    /** A comment line to every page, so that closed connections are noticed and proxies keep the stream open. */
    synchronized void heartbeat() {
        for (Subscriber s : subscribers) {
            if (s.client.terminated()) {
                subscribers.remove(s);
            } else {
                try {
                    s.client.sendComment("ping");
                } catch (RuntimeException e) {
                    log.debug("Page left: {}", e.toString());
                    subscribers.remove(s);
                }
            }
        }
    }

    int size() {
        return subscribers.size();
    }

    String text(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + data.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private void send(Subscriber s, String event, String text) {
        try {
            s.send(event, text);
        } catch (RuntimeException e) {
            log.debug("Page left: {}", e.toString());
            subscribers.remove(s);
        }
    }
}
