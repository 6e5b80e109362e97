package io.kawat.console.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kawat.console.ConsoleSettings;
import io.kawat.platform.config.CommonSettings;
import io.kawat.platform.config.Config;
import io.kawat.platform.http.AdminServer;
import io.kawat.platform.kafka.KafkaClients;
import io.kawat.platform.kafka.KafkaContext;
import io.kawat.platform.lifecycle.ServiceGroup;
import io.kawat.schemas.Topic;
import io.kawat.schemas.Topics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running console: the views rebuilt from the topics (feed status, articles, dead letters, audit), the offset
 * sampler, the producers of commands and audit events, and the HTTP server with the page, its API and its live
 * channel. Closing stops everything in reverse order.
 */
public final class ConsoleRuntime implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ConsoleRuntime.class);
    private static final int ARTICLES_KEPT = 500;
    private static final int DEAD_LETTERS_KEPT = 1_000;

    private final ServiceGroup parts = ServiceGroup.resources();
    private final List<TopicTail<?>> tails = new ArrayList<>();
    private AdminServer http;

    private ConsoleRuntime() {}

    /** Starts a console; {@code publishUrl} is read on each call to the publish API. */
    public static ConsoleRuntime start(
            Config config, Supplier<String> publishUrl, PrometheusMeterRegistry metrics, BooleanSupplier ready) {
        ConsoleRuntime runtime = new ConsoleRuntime();
        try {
            runtime.startAll(config, publishUrl, metrics, ready);
            return runtime;
        } catch (RuntimeException e) {
            runtime.close();
            throw e;
        }
    }

    private void startAll(
            Config config, Supplier<String> publishUrl, PrometheusMeterRegistry metrics, BooleanSupplier ready) {
        KafkaContext kafka = keep(KafkaContext.connect(config));
        Topics topics = kafka.topics();
        kafka.provision(topics.all(), Duration.ofSeconds(60));
        String prefix = config.get(CommonSettings.TOPIC_PREFIX);
        String clientId = prefix + "kawat-console-" + config.get(CommonSettings.INSTANCE_ID);
        Clock clock = Clock.systemUTC();
        int minutes = (int) config.get(ConsoleSettings.CHART_WINDOW).toMinutes();
        String token = config.get(CommonSettings.OPERATOR_TOKEN);
        List<String> deadLetterTopics = topics.all().stream()
                .map(Topic::name)
                .filter(n -> n.endsWith(Topics.DEAD_LETTER_SUFFIX))
                .toList();
        List<String> watched = topics.all().stream()
                .map(Topic::name)
                .filter(n -> !n.endsWith(Topics.DEAD_LETTER_SUFFIX))
                .toList();
        KafkaClients clients = kafka.clients();

        ConsoleParts parts = new ConsoleParts(
                new FeedBoard(minutes, clock),
                keep(new FeedCommands(clients, topics.feedCommands(), clientId, clock)),
                new ArticleStream(ARTICLES_KEPT),
                new PipelineMonitor(prefix, minutes),
                new DeadLetterBoard(deadLetterTopics, prefix, DEAD_LETTERS_KEPT),
                keep(new DeadLetterReplayer(clients, clientId)),
                keep(new Jobs(clock)),
                keep(new AuditLog(
                        clients, topics.auditLog(), "console-" + config.get(CommonSettings.INSTANCE_ID), clock)),
                new Sessions(token, config.get(ConsoleSettings.SESSION_TTL), clock),
                new PublishClient(publishUrl, token),
                new Broadcaster(new ObjectMapper()));
        ReadApi read = new ReadApi(parts);
        wireLiveUpdates(parts, read);

        tail(TopicTail.start(
                "feed-status",
                clients,
                List.of(topics.feedStatus().name()),
                topics.feedStatus().valueSerde().deserializer(),
                r -> parts.feeds().apply(r.key(), r.value())));
        tail(TopicTail.start(
                "articles",
                clients,
                List.of(topics.articles().name()),
                topics.articles().valueSerde().deserializer(),
                r -> parts.articles().apply(r.key(), r.value())));
        tail(TopicTail.start(
                "audit",
                clients,
                List.of(topics.auditLog().name()),
                topics.auditLog().valueSerde().deserializer(),
                r -> {
                    if (r.value() != null) {
                        parts.audit().apply(r.value());
                    }
                }));
        tail(TopicTail.start(
                "dead-letters",
                clients,
                deadLetterTopics,
                new ByteArrayDeserializer(),
                r -> parts.deadLetters()
                        .apply(DeadLetter.of(
                                r.topic(), r.partition(), r.offset(), r.key(), r.timestamp(), r.size(), r.headers()))));
        keep(new Sampling(
                new OffsetSampler(keep(clients.admin(clientId + "-sampler")), watched, prefix, clock),
                parts,
                read,
                config.get(ConsoleSettings.SAMPLE_INTERVAL)));

        http = keep(new AdminServer(
                "console", config.get(CommonSettings.BIND_HOST), config.get(ConsoleSettings.PORT), metrics, ready));
        new WebAssets().register(http.app());
        read.register(http.app());
        new ActionApi(parts).register(http.app());
        http.start();
        log.info(
                "Console at {} (publish API {}; sign-in {})",
                http.url(),
                publishUrl.get(),
                parts.sessions().enabled() ? "with the operator token" : "disabled: security.operator-token is empty");
    }

    private static void wireLiveUpdates(ConsoleParts parts, ReadApi read) {
        Broadcaster b = parts.broadcaster();
        parts.feeds().addListener(view -> b.broadcast("feed", view));
        parts.articles().addListener(b::article);
        parts.jobs().addListener(view -> b.broadcast("job", view));
        parts.audit().addListener(view -> b.broadcast("audit-event", view));
    }

    /** The HTTP base URL. */
    public String url() {
        return http.url();
    }

    /** True while every topic tail follows its topics (false while one is down after an error). */
    public boolean following() {
        synchronized (tails) {
            return tails.stream().allMatch(TopicTail::isUp);
        }
    }

    /** Closes every part, last opened first. */
    @Override
    public void close() {
        parts.close();
    }

    private <C extends AutoCloseable> C keep(C resource) {
        return parts.add(resource);
    }

    private void tail(TopicTail<?> tail) {
        keep(tail);
        synchronized (tails) {
            tails.add(tail);
        }
    }

    /** The offset sampler and the page heartbeat on a timer. */
    private static final class Sampling implements AutoCloseable {
        private final java.util.concurrent.ScheduledExecutorService timer =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "kawat-console-sampler");
                    t.setDaemon(true);
                    return t;
                });

        Sampling(OffsetSampler sampler, ConsoleParts parts, ReadApi read, Duration every) {
            timer.scheduleWithFixedDelay(
                    () -> {
                        try {
                            parts.pipeline().apply(sampler.sample());
                            parts.broadcaster().broadcast("pipeline", read.pipeline());
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        } catch (Exception e) {
                            log.warn("Pipeline sample failed: {}", e.toString());
                        }
                    },
                    0,
                    every.toMillis(),
                    java.util.concurrent.TimeUnit.MILLISECONDS);
            timer.scheduleWithFixedDelay(parts.broadcaster()::heartbeat, 15, 15, java.util.concurrent.TimeUnit.SECONDS);
        }

        @Override
        public void close() {
            timer.shutdownNow();
            try {
                timer.awaitTermination(
                        10, java.util.concurrent.TimeUnit.SECONDS); // a sample may be using the admin client
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
