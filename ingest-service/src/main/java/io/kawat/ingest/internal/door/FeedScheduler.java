package io.kawat.ingest.internal.door;

import io.kawat.ingest.internal.version.StoryLog;
import io.kawat.schemas.avro.FeedAction;
import io.kawat.schemas.avro.FeedCommand;
import io.kawat.schemas.avro.FeedStatus;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every enabled feed's poller on its schedule, applies operator commands (pause, resume, poll now) and
 * publishes each feed's health to {@code ingest.feed-status.v1} after every poll.
 */
public final class FeedScheduler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FeedScheduler.class);

    private final Map<String, FeedPoller> pollers = new LinkedHashMap<>();
    private final StoryLog storyLog;
    private final Duration folderScan;
    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2, r -> {
        Thread thread = new Thread(r, "kawat-feed-poller");
        thread.setDaemon(true);
        return thread;
    });

    private final MeterRegistry metrics;

    public FeedScheduler(List<FeedPoller> pollers, StoryLog storyLog, Duration folderScan, MeterRegistry metrics) {
        pollers.forEach(p -> this.pollers.put(p.source().feedId(), p));
        this.storyLog = storyLog;
        this.folderScan = folderScan;
        this.metrics = metrics;
    }

    public void start() {
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
    static Duration interval(io.kawat.ingest.internal.source.SourceConfig source, Duration folderScan) {
        boolean folder = source.type() == io.kawat.ingest.internal.source.SourceType.FOLDER;
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

    /** The health of every configured feed. */
    public List<FeedStatus> statuses() {
        return pollers.values().stream()
                .map(p -> {
                    synchronized (p) {
                        return p.health().snapshot();
                    }
                })
                .toList();
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
        try {
            FeedStatus status;
            synchronized (poller) {
                status = poller.health().snapshot();
            }
            storyLog.publishStatus(status);
        } catch (RuntimeException e) {
            log.warn("Could not publish the status of {}: {}", poller.source().id(), e.toString());
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
