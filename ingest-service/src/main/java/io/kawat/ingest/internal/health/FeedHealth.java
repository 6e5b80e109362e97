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
    private Instant lastPush;
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

    public String feedId() {
        return feedId;
    }

    /** A document was pushed to this source: {@code newItems} new or changed items. */
    public void pushed(int newItems) {
        Instant now = clock.instant();
        lastPush = now;
        for (int i = 0; i < newItems; i++) {
            recentItems.addLast(now);
        }
        if (newItems > 0) {
            lastNewItem = now;
        }
    }

    /**
     * Takes back the status this feed had before a restart (read from {@code ingest.feed-status.v1}), so that the
     * last poll, last push, last new item, failures and the 24-hour count carry on instead of starting from
     * "never". Only item counts are kept there, not their times: the restored items count as seen at the last new
     * item, so they leave the 24-hour window no earlier than they should (at most that much later).
     */
    public void restore(FeedStatus previous) {
        lastPoll = previous.getLastPoll();
        lastPush = previous.getLastPush();
        lastNewItem = previous.getLastNewItem();
        httpStatus = previous.getHttpStatus();
        errorCode = previous.getErrorCode();
        errorMessage = previous.getErrorMessage();
        consecutiveFailures = previous.getConsecutiveFailures();
        paused = previous.getState() == FeedState.PAUSED;
        recentItems.clear();
        Instant at = lastNewItem != null ? lastNewItem : previous.getUpdatedAt();
        for (int i = 0; i < previous.getItemsLast24h(); i++) {
            recentItems.addLast(at);
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
        if (lastPoll == null && lastPush == null) {
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
                .setLastPush(lastPush)
                .build();
    }
}
