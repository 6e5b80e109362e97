package io.kawat.bench.gen;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The most recent stories filed, for updates, kills and syndicated copies: bounded, the oldest forgotten first.
 */
final class StoryHistory {

    /** A story as last filed. */
    static final class Filed {
        final StoryVersion last;
        final Instant firstCreated;
        final long position;
        final int member;

        Filed(StoryVersion last, Instant firstCreated, long position, int member) {
            this.last = last;
            this.firstCreated = firstCreated;
            this.position = position;
            this.member = member;
        }

        /** The kill of this story: same text, the next version. */
        StoryVersion kill(Instant now) {
            return new StoryVersion(
                    last.source(),
                    last.guid(),
                    last.version() + 1,
                    StoryVersion.Kind.KILL,
                    last.event(),
                    last.copyOf(),
                    last.language(),
                    last.headline(),
                    last.paragraphs(),
                    later(now));
        }

        /** An update: the headline reworded and a sentence added to the body. */
        StoryVersion update(Instant now, SplittableRandom random) {
            List<String> paragraphs = new ArrayList<>(last.paragraphs());
            String donor = paragraphs.get(random.nextInt(paragraphs.size()));
            paragraphs.add(Rewriter.edit(donor, 0.3, last.paragraphs(), random));
            String headline = Rewriter.edit(last.headline(), 0.3, last.paragraphs(), random);
            if (headline.equals(last.headline())) {
                headline = headline + " (" + Rewriter.donorWord(last.paragraphs(), random) + ")";
            }
            return new StoryVersion(
                    last.source(),
                    last.guid(),
                    last.version() + 1,
                    StoryVersion.Kind.UPDATE,
                    last.event(),
                    last.copyOf(),
                    last.language(),
                    headline,
                    paragraphs,
                    later(now));
        }

        /** A near-copy filed by another source of the same language: the text with one word changed. */
        StoryVersion syndicate(BenchSource source, String guid, Instant now, SplittableRandom random) {
            List<String> paragraphs = new ArrayList<>(last.paragraphs());
            int p = paragraphs.size() - 1;
            paragraphs.set(p, Rewriter.edit(paragraphs.get(p), 0.02, last.paragraphs(), random));
            return new StoryVersion(
                    source,
                    guid,
                    1,
                    StoryVersion.Kind.NEW,
                    last.event(),
                    last.guid(),
                    last.language(),
                    last.headline(),
                    paragraphs,
                    now);
        }

        private Instant later(Instant now) {
            return now.isAfter(last.created()) ? now : last.created().plusMillis(1);
        }
    }

    private final int capacity;
    private final Deque<Filed> order = new ArrayDeque<>();
    private final List<Filed> live = new ArrayList<>();
    private final Map<String, Filed> byStory = new HashMap<>();
    private final Map<String, Filed> byMember = new HashMap<>();

    StoryHistory(int capacity) {
        this.capacity = capacity;
    }

    /** Remembers a version just filed. */
    void filed(StoryVersion v, long position) {
        Filed before = byStory.get(v.storyId());
        if (before == null) {
            Filed f = new Filed(v, v.created(), position, memberOf(v.guid()));
            add(f);
            return;
        }
        Filed after = new Filed(v, before.firstCreated, before.position, before.member);
        replace(before, after);
    }

    /** A random live (not killed) story filed at or before {@code maxPosition}, or null after a few misses. */
    Filed pick(long maxPosition, SplittableRandom random) {
        for (int attempt = 0; attempt < 8 && !live.isEmpty(); attempt++) {
            Filed f = live.get(random.nextInt(live.size()));
            if (f.position <= maxPosition && f.last.kind() != StoryVersion.Kind.KILL) {
                return f;
            }
        }
        return null;
    }

    /** The member {@code member} of {@code event} in a language, when it is still remembered. */
    Filed get(String language, int event, int member) {
        Filed f = byMember.get(event + "/" + member);
        return f != null && f.last.language().equals(language) && f.last.kind() != StoryVersion.Kind.KILL ? f : null;
    }

    private void add(Filed f) {
        order.addLast(f);
        live.add(f);
        byStory.put(f.last.storyId(), f);
        byMember.put(f.last.event() + "/" + f.member, f);
        if (order.size() > capacity) {
            Filed oldest = order.removeFirst();
            live.remove(oldest);
            byStory.remove(oldest.last.storyId());
            byMember.remove(oldest.last.event() + "/" + oldest.member);
        }
    }

    private void replace(Filed before, Filed after) {
        order.remove(before);
        order.addLast(after);
        live.set(live.indexOf(before), after);
        byStory.put(after.last.storyId(), after);
        byMember.put(after.last.event() + "/" + after.member, after);
    }

    private static int memberOf(String guid) {
        return Integer.parseInt(guid.substring(guid.lastIndexOf('-') + 1));
    }
}
