package io.kawat.publish.internal.api;

import io.kawat.platform.kafka.KafkaClients;
import io.kawat.platform.kafka.TopicFollower;
import io.kawat.platform.lifecycle.RestartingLoop;
import io.kawat.schemas.Topic;
import io.kawat.schemas.avro.Article;
import io.kawat.schemas.serde.RegistryUnavailableException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every article version published, in order, as events with increasing ids: tails {@code news.articles.v1}
 * (committed records only) from its beginning, keeps the most recent {@value #CAPACITY} for clients that resume with
 * {@code Last-Event-ID}, and pushes new ones to listeners (the SSE stream; webhooks have their own consumer groups).
 * A {@link TopicFollower}: after an error (broker or registry unreachable) it is down ({@link #isUp()}, part of
 * {@code /ready}) and continues after a backoff where it stopped; a record that does not decode is logged and skipped.
 */
public final class ArticleEvents implements AutoCloseable {
    static final int CAPACITY = 10_000;
    private static final Logger log = LoggerFactory.getLogger(ArticleEvents.class);

    /** One published article version. */
    public record Event(long id, Article article) {}

    private final Deserializer<Article> values;
    private final Deque<Event> recent = new ArrayDeque<>();
    private final List<Consumer<Event>> listeners = new CopyOnWriteArrayList<>();
    private final TopicFollower<String, byte[]> follower;
    private long nextId = 1;

    ArticleEvents(
            Topic<String, Article> topic,
            Supplier<? extends org.apache.kafka.clients.consumer.Consumer<String, byte[]>> consumers,
            Duration initialBackoff) {
        this.values = topic.valueSerde().deserializer();
        this.follower = new TopicFollower<>(
                "kawat-article-events",
                List.of(topic.name()),
                consumers,
                this::handle,
                initialBackoff,
                RestartingLoop.MAX_BACKOFF);
    }

    /** Starts following {@code topic} with a consumer from {@code clients}. */
    public static ArticleEvents start(KafkaClients clients, Topic<String, Article> topic) {
        return new ArticleEvents(
                        topic,
                        () -> clients.consumer(null, Map.of(), new StringDeserializer(), new ByteArrayDeserializer()),
                        RestartingLoop.INITIAL_BACKOFF)
                .startFollowing();
    }

    /** Starts the thread (for tests that build the stream with their own consumers). */
    ArticleEvents startFollowing() {
        follower.start();
        return this;
    }

    /** True while the stream follows the topic. */
    public boolean isUp() {
        return follower.isUp();
    }

    /** Events with an id above {@code lastEventId}, oldest first. */
    public synchronized List<Event> since(long lastEventId) {
        return recent.stream().filter(e -> e.id() > lastEventId).toList();
    }

    public void addListener(Consumer<Event> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Event> listener) {
        listeners.remove(listener);
    }

    private void handle(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return;
        }
        Article article;
        try {
            article = values.deserialize(record.topic(), record.headers(), record.value());
        } catch (RegistryUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            log.warn(
                    "Skipped an undecodable article record {}-{}@{}: {}",
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    e.getMessage());
            return;
        }
        publish(article);
    }

    private void publish(Article article) {
        Event event;
        synchronized (this) {
            event = new Event(nextId++, article);
            recent.addLast(event);
            if (recent.size() > CAPACITY) {
                recent.removeFirst();
            }
        }
        for (Consumer<Event> listener : new ArrayList<>(listeners)) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                log.debug("Listener failed: {}", e.toString());
            }
        }
    }

    @Override
    public void close() {
        follower.close();
    }
}
