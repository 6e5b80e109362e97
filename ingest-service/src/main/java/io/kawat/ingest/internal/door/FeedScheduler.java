package io.kawat.ingest.internal.door;

import io.kawat.ingest.internal.health.FeedHealth;
import io.kawat.ingest.internal.source.SourceConfig;
import io.kawat.ingest.internal.source.SourceType;
import io.kawat.ingest.internal.version.StoryLog;
import io.kawat.schemas.avro.FeedAction;
import io.kawat.schemas.avro.FeedCommand;
import io.kawat.schemas.avro.FeedStatus;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every enabled feed's poller on its schedule, applies operator commands (pause, resume, poll now) and
 * publishes each feed's health to {@code ingest.feed-status.v1} after every poll.
 */
public final class FeedScheduler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FeedScheduler.class);

    private final Map<String, FeedPoller> pollers = new LinkedHashMap<>();
    /** The health of sources that are pushed to (push-only ones from the start, others from their first push). */
    private final Map<String, FeedHealth> pushed = new LinkedHashMap<>();

    private final Function<SourceConfig, FeedHealth> newHealth;
    private final StoryLog storyLog;
    private final Duration folderScan;
    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2, r -> {
        Thread thread = new Thread(r, "kawat-feed-poller");
        thread.setDaemon(true);
        return thread;
    });

    private final MeterRegistry metrics;

    /**
     * @param pushOnly   sources that are only pushed to: listed with their last push
     * @param newHealth  makes the health of a source first pushed to while running
     */
    public FeedScheduler(
            List<FeedPoller> pollers,
            List<FeedHealth> pushOnly,
            Function<SourceConfig, FeedHealth> newHealth,
            StoryLog storyLog,
            Duration folderScan,
            MeterRegistry metrics) {
        pollers.forEach(p -> this.pollers.put(p.source().feedId(), p));
        pushOnly.forEach(h -> this.pushed.put(h.feedId(), h));
        this.newHealth = newHealth;
        this.storyLog = storyLog;
        this.folderScan = folderScan;
        this.metrics = metrics;
    }

    public void start() {
        reportPushOnly();
        for (FeedPoller poller : pollers.values()) {
            if (!poller.source().enabled()) {
                continue;
            }
            Duration every = interval(poller.source(), folderScan);
            executor.scheduleWithFixedDelay(
                    () -> pollAndReport(poller, false), 0, every.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Time between two polls of {@code source}. */
    static Duration interval(SourceConfig source, Duration folderScan) {
        boolean folder = source.type() == SourceType.FOLDER;
        return folder || source.pollInterval().isZero() ? folderScan : source.pollInterval();
    }

    /** Applies an operator's command; unknown feeds are logged and ignored. */
    public void apply(FeedCommand command) {
        FeedPoller poller = pollers.get(command.getFeedId());
        if (poller == null) {
            log.warn("Command {} for unknown feed {} ignored", command.getAction(), command.getFeedId());
            return;
        }
        log.info("Feed {}: {} by {}", command.getFeedId(), command.getAction(), command.getOperator());
        if (command.getAction() == FeedAction.POLL_NOW) {
            executor.execute(() -> pollAndReport(poller, true));
            return;
        }
        synchronized (poller) {
            poller.health().setPaused(command.getAction() == FeedAction.PAUSE);
        }
        report(poller);
    }

    /** The health of every configured feed, then of the sources pushed to. */
    public List<FeedStatus> statuses() {
        List<FeedStatus> all = new ArrayList<>();
        for (FeedPoller p : pollers.values()) {
            synchronized (p) {
                all.add(p.health().snapshot());
            }
        }
        synchronized (pushed) {
            pushed.values().forEach(h -> all.add(h.snapshot()));
        }
        return all;
    }

    /** A document was pushed to {@code source} with {@code newItems} new or changed items: its status is published. */
    public void pushed(SourceConfig source, int newItems) {
        try {
            recordPush(source, newItems);
        } catch (RuntimeException e) {
            // the push itself was accepted: its health is a report, never a reason to fail it
            log.warn("Could not record the push to {}: {}", source.id(), e.toString());
        }
    }

    private void recordPush(SourceConfig source, int newItems) {
        FeedPoller poller = pollers.get(source.feedId());
        FeedStatus status;
        if (poller != null) {
            synchronized (poller) {
                poller.health().pushed(newItems);
                status = poller.health().snapshot();
            }
        } else {
            synchronized (pushed) {
                FeedHealth health = pushed.computeIfAbsent(source.feedId(), id -> newHealth.apply(source));
                health.pushed(newItems);
                status = health.snapshot();
            }
        }
        publish(source.feedId(), status);
    }

    /** Publishes the status of every push-only source (at start, so that they are listed before their next push). */
    private void reportPushOnly() {
        List<FeedStatus> statuses;
        synchronized (pushed) {
            statuses = pushed.values().stream().map(FeedHealth::snapshot).toList();
        }
        statuses.forEach(s -> publish(s.getFeedId(), s));
    }

    private void pollAndReport(FeedPoller poller, boolean evenIfPaused) {
        if (poller.health().paused() && !evenIfPaused) {
            return;
        }
        Timer.builder("kawat_ingest_poll")
                .description("Time to poll a feed and ingest what it returned")
                .tag("source", poller.source().id())
                .register(metrics)
                .record(poller::poll);
        report(poller);
    }

    private void report(FeedPoller poller) {
        FeedStatus status;
        synchronized (poller) {
            status = poller.health().snapshot();
        }
        publish(poller.source().id(), status);
    }

    private void publish(String id, FeedStatus status) {
        try {
            storyLog.publishStatus(status);
        } catch (RuntimeException e) {
            log.warn("Could not publish the status of {}: {}", id, e.toString());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
