package io.kawat.publish.internal.webhook;

import io.kawat.platform.kafka.KafkaClients;
import io.kawat.publish.internal.ninjs.NinjsMapper;
import io.kawat.schemas.Topic;
import io.kawat.schemas.Topics;
import io.kawat.schemas.avro.Article;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every configured webhook subscriber, each with its own dispatcher thread and consumer group
 * {@code kawat-webhook-<topics.prefix><id>} on {@code news.articles.v1} (read_committed), and one producer for the
 * dead letters. Does nothing without subscribers.
 */
public final class Webhooks implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Webhooks.class);

    /** Delivery settings shared by every subscriber. */
    public record Settings(Duration initialBackoff, Duration maxBackoff, Duration timeout) {}

    private final List<WebhookSubscriber> subscribers;
    private final Settings settings;
    private final KafkaClients clients;
    private final Topics topics;
    private final String groupPrefix;
    private final NinjsMapper ninjs;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<String, WebhookMetrics> metrics = new LinkedHashMap<>();
    private final List<WebhookDispatcher> dispatchers = new ArrayList<>();
    private Producer<String, byte[]> producer;

    public Webhooks(
            List<WebhookSubscriber> subscribers,
            Settings settings,
            KafkaClients clients,
            Topics topics,
            String groupPrefix,
            NinjsMapper ninjs,
            MeterRegistry registry,
            Clock clock,
            Sleeper sleeper) {
        this.subscribers = List.copyOf(subscribers);
        this.settings = settings;
        this.clients = clients;
        this.topics = topics;
        this.groupPrefix = groupPrefix;
        this.ninjs = ninjs;
        this.clock = clock;
        this.sleeper = sleeper;
        subscribers.forEach(s -> metrics.put(s.id(), new WebhookMetrics(registry, s.id())));
    }

    /** The consumer group of a subscriber. */
    public static String groupId(String groupPrefix, String subscriberId) {
        return "kawat-webhook-" + groupPrefix + subscriberId;
    }

    /** Starts one dispatcher per subscriber. */
    public synchronized void start() {
        if (subscribers.isEmpty() || producer != null) {
            return;
        }
        producer = deadLetterProducer();
        DeadLetterWriter deadLetters =
                new DeadLetterWriter(producer, topics.deadLetters(topics.articles()), metrics::get);
        RetrySchedule schedule = new RetrySchedule(settings.initialBackoff(), settings.maxBackoff());
        WebhookSender sender = new HttpWebhookSender(settings.timeout());
        for (WebhookSubscriber subscriber : subscribers) {
            WebhookDelivery delivery = new WebhookDelivery(
                    subscriber, sender, TargetGuard.system(), schedule, clock, sleeper, metrics.get(subscriber.id()));
            WebhookDispatcher dispatcher = new WebhookDispatcher(
                    subscriber,
                    () -> consumer(subscriber, schedule),
                    topics.articles(),
                    delivery,
                    deadLetters,
                    ninjs,
                    sleeper);
            dispatchers.add(dispatcher);
            dispatcher.start();
            log.info(
                    "Webhook {} delivering to {} as consumer group {}",
                    subscriber.id(),
                    subscriber,
                    groupId(groupPrefix, subscriber.id()));
        }
    }

    /** True when every dispatcher owns its partitions (immediately true without subscribers). */
    public synchronized boolean assigned() {
        return dispatchers.stream().allMatch(WebhookDispatcher::assigned);
    }

    /** True unless a dispatcher is down after an error (it restarts after a backoff): part of {@code /ready}. */
    public synchronized boolean up() {
        return dispatchers.stream().allMatch(WebhookDispatcher::up);
    }

    /** The counters of one subscriber. */
    public WebhookMetrics metrics(String subscriberId) {
        return metrics.get(subscriberId);
    }

    private org.apache.kafka.clients.consumer.Consumer<String, byte[]> consumer(
            WebhookSubscriber subscriber, RetrySchedule schedule) {
        Topic<String, Article> articles = topics.articles();
        // one event may take every backoff plus every request timeout: poll again before the group gives up on us
        long worstCase = schedule.totalWait(subscriber.maxAttempts())
                .plus(settings.timeout().multipliedBy(subscriber.maxAttempts() * 2L))
                .plusMinutes(1)
                .toMillis();
        log.debug("Webhook {} reads {}", subscriber.id(), articles.name());
        return clients.consumer(
                "kawat-webhook-" + subscriber.id(),
                Map.of(
                        ConsumerConfig.GROUP_ID_CONFIG,
                        groupId(groupPrefix, subscriber.id()),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        subscriber.startFrom(),
                        ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                        50,
                        ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG,
                        (int) Math.min(Integer.MAX_VALUE, Math.max(300_000L, worstCase))),
                new StringDeserializer(),
                new ByteArrayDeserializer());
    }

    private Producer<String, byte[]> deadLetterProducer() {
        return clients.producer(null, Map.of(), new StringSerializer(), new ByteArraySerializer());
    }

    @Override
    public synchronized void close() {
        dispatchers.forEach(WebhookDispatcher::close);
        dispatchers.clear();
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}
