package io.kawat.publish.internal.api;

import io.kawat.schemas.Topic;
import io.kawat.schemas.avro.Article;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every article version published, in order, as events with increasing ids: tails {@code news.articles.v1}
 * (committed records only) from its beginning, keeps the most recent {@value #CAPACITY} for clients that resume with
 * {@code Last-Event-ID}, and pushes new ones to listeners (the SSE stream; webhooks have their own consumer groups).
 */
public final class ArticleEvents implements AutoCloseable {
    static final int CAPACITY = 10_000;
    private static final Logger log = LoggerFactory.getLogger(ArticleEvents.class);

    /** One published article version. */
    public record Event(long id, Article article) {}

    private final KafkaConsumer<String, Article> consumer;
    private final Deque<Event> recent = new ArrayDeque<>();
    private final List<Consumer<Event>> listeners = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;
    private long nextId = 1;

    private ArticleEvents(KafkaConsumer<String, Article> consumer, String topic) {
        this.consumer = consumer;
        this.thread = new Thread(() -> loop(topic), "kawat-article-events");
        thread.setDaemon(true);
    }

    public static ArticleEvents start(String bootstrapServers, Topic<String, Article> topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        ArticleEvents events = new ArticleEvents(
                new KafkaConsumer<>(
                        props,
                        topic.keySerde().deserializer(),
                        topic.valueSerde().deserializer()),
                topic.name());
        events.thread.start();
        return events;
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

    private void loop(String topic) {
        try {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (running) {
                for (ConsumerRecord<String, Article> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.value() != null) {
                        publish(record.value());
                    }
                }
            }
        } catch (WakeupException stopping) {
            // closed
        } catch (RuntimeException e) {
            log.error("Article event stream stopped: {}", e.toString(), e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
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
        running = false;
        consumer.wakeup();
    }
}
