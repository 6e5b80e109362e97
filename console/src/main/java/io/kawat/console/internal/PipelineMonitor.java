package io.kawat.console.internal;

import io.kawat.console.internal.OffsetSampler.OffsetSample;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns offset samples into what the pipeline view shows: messages per minute per topic (growth of its end offsets
 * over the last minute of samples) and lag per consumer group, each with a per-minute series over the chart window.
 * Names are shown without the installation's topic prefix. Thread-safe.
 */
final class PipelineMonitor {
    private static final Duration RATE_WINDOW = Duration.ofMinutes(1);

    private final String prefix;
    private final int minutes;
    private final Map<String, Deque<OffsetPoint>> ends = new TreeMap<>();
    private final Map<String, MinuteSeries> topicSeries = new TreeMap<>();
    private final Map<String, Long> lags = new TreeMap<>();
    private final Map<String, MinuteSeries> lagSeries = new TreeMap<>();
    private Instant sampledAt;

    private record OffsetPoint(Instant at, long end) {}

    PipelineMonitor(String prefix, int minutes) {
        this.prefix = prefix;
        this.minutes = minutes;
    }

    synchronized void apply(OffsetSample sample) {
        sampledAt = sample.at();
        sample.topicEnds().forEach((topic, end) -> {
            Deque<OffsetPoint> points = ends.computeIfAbsent(topic, t -> new ArrayDeque<>());
            MinuteSeries series = topicSeries.computeIfAbsent(topic, t -> new MinuteSeries(minutes));
            if (!points.isEmpty()) {
                series.add(sample.at(), Math.max(0, end - points.peekLast().end()));
            }
            points.addLast(new OffsetPoint(sample.at(), end));
            while (points.size() > 2
                    && points.peekFirst().at().isBefore(sample.at().minus(RATE_WINDOW))) {
                points.removeFirst();
            }
        });
        lags.clear();
        sample.groupLags().forEach((group, lag) -> {
            lags.put(group, lag);
            lagSeries.computeIfAbsent(group, g -> new MinuteSeries(minutes)).set(sample.at(), lag);
        });
    }

    /** Messages per minute of a topic over the last minute of samples; 0 until two samples exist. */
    synchronized double ratePerMinute(String topic) {
        Deque<OffsetPoint> points = ends.get(topic);
        if (points == null || points.size() < 2) {
            return 0;
        }
        double seconds =
                Duration.between(points.peekFirst().at(), points.peekLast().at())
                                .toMillis()
                        / 1000.0;
        return seconds <= 0 ? 0 : (points.peekLast().end() - points.peekFirst().end()) * 60.0 / seconds;
    }

    synchronized Map<String, Object> view() {
        Instant now = sampledAt == null ? Instant.now() : sampledAt;
        List<Map<String, Object>> topics = new ArrayList<>();
        ends.forEach((topic, points) -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("topic", shown(topic));
            json.put("endOffset", points.peekLast().end());
            json.put("perMinute", Math.round(ratePerMinute(topic) * 10) / 10.0);
            json.put("series", topicSeries.get(topic).values(now));
            topics.add(json);
        });
        List<Map<String, Object>> groups = new ArrayList<>();
        lags.forEach((group, lag) -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("group", shown(group));
            json.put("lag", lag);
            json.put("series", lagSeries.get(group).values(now));
            groups.add(json);
        });
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("sampledAt", sampledAt == null ? null : sampledAt.toString());
        view.put("minutes", minutes);
        view.put("topics", topics);
        view.put("groups", groups);
        return view;
    }

    private String shown(String name) {
        return name.startsWith(prefix) ? name.substring(prefix.length()) : name;
    }
}
