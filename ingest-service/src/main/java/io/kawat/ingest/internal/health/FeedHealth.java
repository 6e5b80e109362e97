package io.kawat.ingest.internal.health;

import io.kawat.schemas.avro.FeedState;
import io.kawat.schemas.avro.FeedStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The health of one feed, updated after every poll: FAILING after three failures in a row or a permanent one,
 * DEGRADED while retrying, QUIET when a feed that delivered before has been silent longer than {@code quietAfter},
 * PAUSED by an operator, OK otherwise. Not thread-safe: one poller owns it.
 */
public final class FeedHealth {
    private static final int FAILING_AFTER = 3;

    private final String feedId;
    private final String sourceName;
    private final Duration quietAfter;
    private final Clock clock;
    private final Deque<Instant> recentItems = new ArrayDeque<>();
    private Instant lastPoll;
    private Instant lastNewItem;
    private Integer httpStatus;
    private String errorCode;
    private String errorMessage;
    private int consecutiveFailures;
    private boolean permanentFailure;
    private boolean paused;

    public FeedHealth(String feedId, String sourceName, Duration quietAfter, Clock clock) {
        this.feedId = feedId;
        this.sourceName = sourceName;
        this.quietAfter = quietAfter;
        this.clock = clock;
    }

    public void pollSucceeded(Integer status, int newItems) {
        Instant now = clock.instant();
        lastPoll = now;
        httpStatus = status;
        consecutiveFailures = 0;
        permanentFailure = false;
        errorCode = null;
        errorMessage = null;
        for (int i = 0; i < newItems; i++) {
            recentItems.addLast(now);
        }
        if (newItems > 0) {
            lastNewItem = now;
        }
    }

    public void pollFailed(Integer status, String code, String message, boolean permanent) {
        lastPoll = clock.instant();
        httpStatus = status;
        errorCode = code;
        errorMessage = message;
        consecutiveFailures++;
        permanentFailure = permanent;
    }

    public void setPaused(boolean paused) {
        this.paused = paused;
    }

    public boolean paused() {
        return paused;
    }

    public FeedState state() {
        if (paused) {
            return FeedState.PAUSED;
        }
        if (permanentFailure || consecutiveFailures >= FAILING_AFTER) {
            return FeedState.FAILING;
        }
        if (consecutiveFailures > 0) {
            return FeedState.DEGRADED;
        }
        if (lastPoll == null) {
            return FeedState.UNKNOWN;
        }
        if (lastNewItem != null
                && Duration.between(lastNewItem, clock.instant()).compareTo(quietAfter) > 0) {
            return FeedState.QUIET;
        }
        return FeedState.OK;
    }

    public FeedStatus snapshot() {
        Instant now = clock.instant();
        while (!recentItems.isEmpty() && recentItems.peekFirst().isBefore(now.minus(Duration.ofHours(24)))) {
            recentItems.removeFirst();
        }
        return FeedStatus.newBuilder()
                .setFeedId(feedId)
                .setSourceName(sourceName)
                .setState(state())
                .setLastPoll(lastPoll)
                .setLastNewItem(lastNewItem)
                .setItemsLast24h(recentItems.size())
                .setHttpStatus(httpStatus)
                .setErrorCode(errorCode)
                .setErrorMessage(errorMessage)
                .setConsecutiveFailures(consecutiveFailures)
                .setUpdatedAt(now)
                .build();
    }
}
