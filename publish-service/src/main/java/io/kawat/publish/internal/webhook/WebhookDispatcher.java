package io.kawat.publish.internal.webhook;

import io.kawat.platform.lifecycle.RestartingLoop;
import io.kawat.publish.internal.ninjs.NinjsMapper;
import io.kawat.publish.internal.topology.ArticleHeaders;
import io.kawat.schemas.Topic;
import io.kawat.schemas.avro.Article;
import io.kawat.schemas.serde.RegistryUnavailableException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers {@code news.articles.v1} to one subscriber, on its own thread and its own consumer group: records in
 * order per partition (so per article), one at a time; the offset is committed only after the record was delivered
 * or dead-lettered, so delivery state survives restarts (at least once: a record in flight when the service stops
 * is delivered again, under the same event id). A record that cannot be finished for a reason that is not its own
 * (registry or broker unavailable) is retried after a pause, never skipped.
 */
final class WebhookDispatcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final Duration PAUSE_AFTER_TROUBLE = Duration.ofSeconds(2);

    private final WebhookSubscriber subscriber;
    private final Supplier<? extends Consumer<String, byte[]>> consumers;
    private final Topic<String, Article> articles;
    private final WebhookDelivery delivery;
    private final DeadLetterWriter deadLetters;
    private final NinjsMapper ninjs;
    private final Sleeper sleeper;
    private final RestartingLoop loop;
    private volatile boolean assigned;

    WebhookDispatcher(
            WebhookSubscriber subscriber,
            Supplier<? extends Consumer<String, byte[]>> consumers,
            Topic<String, Article> articles,
            WebhookDelivery delivery,
            DeadLetterWriter deadLetters,
            NinjsMapper ninjs,
            Sleeper sleeper) {
        this.subscriber = subscriber;
        this.consumers = consumers;
        this.articles = articles;
        this.delivery = delivery;
        this.deadLetters = deadLetters;
        this.ninjs = ninjs;
        this.sleeper = sleeper;
        this.loop = new RestartingLoop("kawat-webhook-" + subscriber.id(), this::life);
    }

    void start() {
        loop.start();
    }

    /** False while the dispatcher is down after an error, until its next life polls again. */
    boolean up() {
        return loop.isUp() || loop.failures() == 0;
    }

    /** True once the consumer owns partitions and its starting offsets are committed. */
    boolean assigned() {
        return assigned;
    }

    /**
     * One life: a new consumer joins the group and resumes at the committed offsets. Any error ends the life (the
     * loop restarts it after a backoff); a record that could not be finished is read again, never skipped.
     */
    private void life(RestartingLoop.Life life) throws InterruptedException {
        assigned = false;
        Consumer<String, byte[]> consumer = consumers.get();
        try {
            consumer.subscribe(List.of(articles.name()), new StartingOffsets(consumer, () -> assigned = true));
            while (life.running()) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(300));
                life.up();
                for (TopicPartition partition : records.partitions()) {
                    for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                        if (!life.running() || !finish(consumer, record)) {
                            break;
                        }
                    }
                }
            }
        } catch (InterruptException stopping) {
            if (life.running()) {
                throw stopping;
            }
            log.debug("Webhook {} stopped while delivering", subscriber.id());
        } finally {
            assigned = false;
            Thread.interrupted(); // let the consumer leave the group even when stopped by an interrupt
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** Delivers or dead-letters one record and commits past it; false when it must be tried again later. */
    private boolean finish(Consumer<String, byte[]> consumer, ConsumerRecord<String, byte[]> record)
            throws InterruptedException {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        try {
            handle(record);
            consumer.commitSync(Map.of(partition, new OffsetAndMetadata(record.offset() + 1)));
            return true;
        } catch (InterruptException e) {
            throw e;
        } catch (RuntimeException e) {
            log.warn(
                    "Webhook {}: could not finish {}-{} offset {} ({}); trying again in {} s",
                    subscriber.id(),
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    e.toString(),
                    PAUSE_AFTER_TROUBLE.toSeconds());
            if (consumer.assignment().contains(partition)) {
                consumer.seek(partition, record.offset());
            }
            sleeper.sleep(PAUSE_AFTER_TROUBLE);
            return false;
        }
    }

    private void handle(ConsumerRecord<String, byte[]> record) throws InterruptedException {
        if (record.value() == null) {
            return; // a tombstone after retention: nothing to deliver
        }
        Article article;
        try {
            article =
                    articles.valueSerde().deserializer().deserialize(record.topic(), record.headers(), record.value());
        } catch (RegistryUnavailableException e) {
            throw e;
        } catch (SerializationException e) {
            deadLetters.write(subscriber.id(), record, null, "undecodable article record: " + e.getMessage(), 0);
            return;
        }
        WebhookEvent event = WebhookEvent.of(article, ninjs.toNinjs(article).toString(), resendId(record));
        WebhookDelivery.Result result = delivery.deliver(event);
        if (!result.delivered()) {
            deadLetters.write(subscriber.id(), record, event.eventId(), result.reason(), result.attempts());
        }
    }

    private static String resendId(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader(ArticleHeaders.RESEND);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Stops after the record in hand (the loop gives an HTTP request in flight a moment), then leaves the group. */
    @Override
    public void close() {
        loop.close();
    }
}
