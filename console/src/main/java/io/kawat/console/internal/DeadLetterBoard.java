package io.kawat.console.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dead letters of every {@code *.dlq.v1} topic, read from their beginning: an exact count per topic and the
 * newest {@code keep} records of each (metadata only), with those replayed from this console marked. The page sees
 * the counts with each pipeline sample. Thread-safe.
 */
final class DeadLetterBoard {
    private final String prefix;
    private final int keep;
    private final Map<String, Deque<DeadLetter>> letters = new LinkedHashMap<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final Set<String> replayed = new HashSet<>();

    DeadLetterBoard(List<String> topics, String prefix, int keep) {
        this.prefix = prefix;
        this.keep = keep;
        topics.forEach(t -> {
            letters.put(t, new ArrayDeque<>());
            counts.put(t, 0L);
        });
    }

    synchronized void apply(DeadLetter letter) {
        Deque<DeadLetter> list = letters.get(letter.topic());
        if (list == null) {
            return;
        }
        counts.merge(letter.topic(), 1L, Long::sum);
        list.addLast(letter);
        if (list.size() > keep) {
            list.removeFirst();
        }
    }

    /** The topic's full name from its name as shown (without the prefix), or null when it is not a dead-letter topic. */
    synchronized String topic(String shown) {
        String full = prefix + shown;
        return letters.containsKey(full) ? full : null;
    }

    synchronized DeadLetter find(String topic, int partition, long offset) {
        Deque<DeadLetter> list = letters.get(topic);
        return list == null
                ? null
                : list.stream()
                        .filter(l -> l.partition() == partition && l.offset() == offset)
                        .findFirst()
                        .orElse(null);
    }

    /** The kept records of a topic that were not replayed yet, oldest first. */
    synchronized List<DeadLetter> pending(String topic) {
        return letters.getOrDefault(topic, new ArrayDeque<>()).stream()
                .filter(l -> !replayed.contains(l.id()))
                .toList();
    }

    synchronized void markReplayed(DeadLetter letter) {
        replayed.add(letter.id());
    }

    /** Every dead-letter topic with its count and how many kept records wait for a replay. */
    synchronized List<Map<String, Object>> summaries() {
        List<Map<String, Object>> out = new ArrayList<>();
        letters.forEach((topic, list) -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("topic", shown(topic));
            json.put("origin", shown(DeadLetter.originOf(topic)));
            json.put("count", counts.get(topic));
            json.put(
                    "pending",
                    list.stream().filter(l -> !replayed.contains(l.id())).count());
            json.put("latestReason", list.isEmpty() ? null : list.peekLast().reason());
            out.add(json);
        });
        return out;
    }

    /** The newest {@code limit} kept records of a topic, newest first. */
    synchronized List<Map<String, Object>> letters(String topic, int limit) {
        List<DeadLetter> list = new ArrayList<>(letters.getOrDefault(topic, new ArrayDeque<>()));
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = list.size() - 1; i >= 0 && out.size() < limit; i--) {
            out.add(list.get(i).view(prefix, replayed.contains(list.get(i).id())));
        }
        return out;
    }

    private String shown(String name) {
        return name.startsWith(prefix) ? name.substring(prefix.length()) : name;
    }
}
