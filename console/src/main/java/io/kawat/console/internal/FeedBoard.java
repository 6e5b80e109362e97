package io.kawat.console.internal;

import io.kawat.schemas.avro.FeedState;
import io.kawat.schemas.avro.FeedStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The feeds table: the latest {@code FeedStatus} of every feed (from the compacted {@code ingest.feed-status.v1}),
 * the new items per minute of each feed (from the growth of its 24-hour count between statuses) and a warning an
 * operator should read. Listeners get each feed's new view as it changes. Thread-safe.
 */
final class FeedBoard {
    private final Map<String, FeedStatus> latest = new TreeMap<>();
    private final Map<String, MinuteSeries> perMinute = new HashMap<>();
    private final List<Consumer<Map<String, Object>>> listeners = new CopyOnWriteArrayList<>();
    private final int minutes;
    private final Clock clock;

    FeedBoard(int minutes, Clock clock) {
        this.minutes = minutes;
        this.clock = clock;
    }

    void addListener(Consumer<Map<String, Object>> listener) {
        listeners.add(listener);
    }

    /** Takes a feed's new status ({@code null}: the feed was deleted from the compacted topic). */
    void apply(String feedId, FeedStatus status) {
        Map<String, Object> view;
        synchronized (this) {
            FeedStatus previous = status == null ? latest.remove(feedId) : latest.put(feedId, status);
            if (status == null) {
                perMinute.remove(feedId);
                view = Map.of("feedId", feedId, "deleted", true);
            } else {
                MinuteSeries series = perMinute.computeIfAbsent(feedId, id -> new MinuteSeries(minutes));
                int grown = previous == null ? 0 : status.getItemsLast24h() - previous.getItemsLast24h();
                if (grown > 0) {
                    series.add(status.getUpdatedAt(), grown);
                }
                view = view(status, clock.instant());
            }
        }
        listeners.forEach(l -> l.accept(view));
    }

    synchronized boolean knows(String feedId) {
        return latest.containsKey(feedId);
    }

    /** Every feed, by feed id. */
    synchronized List<Map<String, Object>> views() {
        Instant now = clock.instant();
        List<Map<String, Object>> all = new ArrayList<>();
        latest.values().forEach(s -> all.add(view(s, now)));
        return all;
    }

    private Map<String, Object> view(FeedStatus s, Instant now) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("feedId", s.getFeedId());
        json.put("sourceName", s.getSourceName());
        json.put("state", s.getState().name());
        json.put("lastPoll", text(s.getLastPoll()));
        json.put("lastNewItem", text(s.getLastNewItem()));
        json.put("lastPush", text(s.getLastPush()));
        json.put("itemsLast24h", s.getItemsLast24h());
        json.put("httpStatus", s.getHttpStatus());
        json.put("errorCode", s.getErrorCode());
        json.put("errorMessage", s.getErrorMessage());
        json.put("consecutiveFailures", s.getConsecutiveFailures());
        json.put("updatedAt", text(s.getUpdatedAt()));
        json.put("warning", warning(s, now));
        json.put("perMinute", perMinute.get(s.getFeedId()).values(now));
        return json;
    }

    /** What an operator should notice about a feed, or null. */
    static String warning(FeedStatus s, Instant now) {
        if (s.getState() == FeedState.QUIET && s.getLastNewItem() != null) {
            return "Gone quiet: no new item for " + human(Duration.between(s.getLastNewItem(), now));
        }
        if (s.getState() == FeedState.FAILING || s.getState() == FeedState.DEGRADED) {
            int n = s.getConsecutiveFailures();
            return n == 1 ? "1 failed poll" : n + " failed polls in a row";
        }
        if (s.getState() == FeedState.OK && s.getLastNewItem() == null) {
            return "No item delivered yet";
        }
        return null;
    }

    /** "45 s", "12 min", "7 h 12 min", "3 d 4 h". */
    static String human(Duration d) {
        long s = Math.max(0, d.getSeconds());
        if (s < 60) {
            return s + " s";
        }
        if (s < 3_600) {
            return s / 60 + " min";
        }
        if (s < 86_400) {
            return s / 3_600 + " h " + (s % 3_600) / 60 + " min";
        }
        return s / 86_400 + " d " + (s % 86_400) / 3_600 + " h";
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
