package io.kawat.bench.gen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups versions into documents of at most {@code maxItems} items per source (kills in their own ninjs documents),
 * the way a source pushes a batch. Keeps each story's versions in order across documents: before a version joins a
 * batch, a batch still holding the story's previous version is sent first. Not thread-safe.
 */
public final class DocumentBatcher {

    private record Key(BenchSource source, boolean kills) {}

    private final DocumentWriter writer = new DocumentWriter();
    private final int maxItems;
    private final Map<Key, List<StoryVersion>> open = new LinkedHashMap<>();
    private final Map<String, Key> pending = new HashMap<>();

    public DocumentBatcher(int maxItems) {
        if (maxItems < 1) {
            throw new IllegalArgumentException("maxItems must be at least 1");
        }
        this.maxItems = maxItems;
    }

    /** Adds a version; returns the documents now due, in sending order (often none). */
    public List<WireDocument> add(StoryVersion v) {
        List<WireDocument> due = new ArrayList<>();
        Key previous = pending.get(v.storyId());
        if (previous != null) {
            due.add(flush(previous));
        }
        Key key = new Key(v.source(), v.kind() == StoryVersion.Kind.KILL);
        List<StoryVersion> batch = open.computeIfAbsent(key, k -> new ArrayList<>());
        batch.add(v);
        pending.put(v.storyId(), key);
        if (batch.size() >= maxItems) {
            due.add(flush(key));
        }
        return due;
    }

    /** Every open batch as a document. */
    public List<WireDocument> flushAll() {
        List<WireDocument> due = new ArrayList<>();
        for (Key key : List.copyOf(open.keySet())) {
            due.add(flush(key));
        }
        return due;
    }

    private WireDocument flush(Key key) {
        List<StoryVersion> batch = open.remove(key);
        batch.forEach(v -> pending.remove(v.storyId()));
        return key.kills() ? writer.kills(key.source(), batch) : writer.stories(key.source(), batch);
    }
}
