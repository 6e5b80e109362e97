package io.kawat.reliability.harness;

import io.kawat.reliability.Figures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares what a replay generated with what the topics hold, per topic: expected, present, lost (expected and not
 * present), duplicates (extra copies), unexpected (present and never generated) and, on {@code news.articles.v1},
 * stale (an article version after a newer one of the same key). On {@code news.articles.v1} a version is present when
 * it was <em>shown</em>, as the bench decides it: a first version or an update when an article credited the story with
 * that version or a later one; a kill when the story was credited and the latest version of every article no longer
 * credits it (passages removed, or the article withdrawn).
 *
 * @param topics one row per topic
 * @param deadLetters dead letters seen on the dead-letter topics of the first two topics
 */
public record TopicAudit(List<Row> topics, List<String> deadLetters) {

    /** One topic's counts. */
    public record Row(
            String topic, long expected, long present, long lost, long duplicates, long unexpected, long stale) {
        List<Object> cells() {
            return List.of(topic, expected, present, lost, duplicates, unexpected, stale);
        }
    }

    /** Header of {@link #table()}. */
    public static final List<String> HEADER =
            List.of("topic", "expected", "present", "lost", "duplicates", "unexpected", "stale");

    /** Audits the facts a reader collected against the generated versions. */
    public static TopicAudit of(
            ExpectedVersions expected, TopicFacts facts, String wireTopic, String enrichedTopic, String articlesTopic) {
        Map<String, Integer> versions = expected.versions();
        List<Row> rows = List.of(
                copies(wireTopic, versions, facts.wire()),
                copies(enrichedTopic, versions, facts.enriched()),
                articles(articlesTopic, versions, expected.killed(), facts));
        return new TopicAudit(rows, facts.deadLetters());
    }

    private static Row copies(String topic, Map<String, Integer> versions, Map<String, Integer> seen) {
        long expected = 0;
        long present = 0;
        for (Map.Entry<String, Integer> story : versions.entrySet()) {
            for (int v = 1; v <= story.getValue(); v++) {
                expected++;
                present += seen.containsKey(ExpectedVersions.key(story.getKey(), v)) ? 1 : 0;
            }
        }
        long duplicates = seen.values().stream().mapToLong(n -> n - 1).sum();
        long unexpected = seen.size() - present;
        return new Row(topic, expected, present, expected - present, duplicates, unexpected, 0);
    }

    private static Row articles(String topic, Map<String, Integer> versions, Set<String> killed, TopicFacts facts) {
        Map<String, Integer> highest = facts.highestCredited();
        Set<String> creditedNow = facts.creditedNow();
        long expected = 0;
        long present = 0;
        for (Map.Entry<String, Integer> story : versions.entrySet()) {
            String id = story.getKey();
            int last = story.getValue();
            int credited = highest.getOrDefault(id, 0);
            for (int v = 1; v <= last; v++) {
                expected++;
                boolean kill = v == last && killed.contains(id);
                boolean shown = kill ? credited > 0 && !creditedNow.contains(id) : credited >= v;
                present += shown ? 1 : 0;
            }
        }
        return new Row(
                topic, expected, present, expected - present, facts.articleDuplicates(), 0, facts.articleStale());
    }

    /** True when every generated version is present on every topic. */
    public boolean complete() {
        return topics.stream().allMatch(r -> r.lost() == 0);
    }

    public long lost() {
        return topics.stream().mapToLong(Row::lost).sum();
    }

    public long duplicates() {
        return topics.stream().mapToLong(Row::duplicates).sum();
    }

    public long stale() {
        return topics.stream().mapToLong(Row::stale).sum();
    }

    public long unexpected() {
        return topics.stream().mapToLong(Row::unexpected).sum();
    }

    /** The rows as table cells for {@code Figures.table(HEADER, ...)}. */
    public List<List<?>> table() {
        List<List<?>> cells = new ArrayList<>();
        topics.forEach(r -> cells.add(r.cells()));
        return cells;
    }

    /** Adds the table and the lines "lost N", "duplicates N" and "stale N" to a figures section. */
    public Figures addTo(Figures section) {
        return section.line("- %d dead letters", deadLetters.size())
                .table(HEADER, table())
                .line("lost %d", lost())
                .line("")
                .line("duplicates %d", duplicates())
                .line("")
                .line("stale %d", stale());
    }

    /** One line per topic, e.g. for progress logs. */
    public String summary() {
        StringBuilder b = new StringBuilder();
        for (Row r : topics) {
            b.append(String.format(
                    java.util.Locale.ROOT,
                    "%n  %s: %d/%d present, %d duplicates, %d stale",
                    r.topic(),
                    r.present(),
                    r.expected(),
                    r.duplicates(),
                    r.stale()));
        }
        return b.toString();
    }
}
