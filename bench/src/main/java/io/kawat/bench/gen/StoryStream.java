package io.kawat.bench.gen;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * An endless, deterministic (for a seed) stream of story versions: first versions of members of interleaved events,
 * about {@code updateShare} updates and {@code killShare} kills of stories filed at least {@code minAge} versions
 * earlier. Lazy and bounded in memory: only open events and the recent stories are kept. Not thread-safe.
 */
public final class StoryStream {

    /** How the stream is mixed. */
    public record Mix(double updateShare, double killShare, int openEvents, int minAge) {
        /** 5% updates, 1% kills, 30 events told at once, updates and kills of stories 200 versions old or more. */
        public static Mix defaults() {
            return new Mix(0.05, 0.01, 30, 200);
        }

        public Mix withMinAge(int age) {
            return new Mix(updateShare, killShare, openEvents, age);
        }
    }

    private static final int HISTORY = 4_000;
    private static final double COPY_SHARE = 0.12;
    private static final double[] LANGUAGE_WEIGHTS = {0.62, 0.10, 0.07, 0.07, 0.05, 0.05, 0.02, 0.02};
    private static final List<String> LANGUAGE_ORDER = List.of("en", "de", "pt", "nb", "es", "id", "sv", "it");

    private final TemplateCorpus corpus;
    private final List<BenchSource> sources;
    private final Mix mix;
    private final String runTag;
    private final SplittableRandom random;
    private final List<Event> open = new ArrayList<>();
    private final StoryHistory history = new StoryHistory(HISTORY);
    private final Map<String, Double> languageWeights = new TreeMap<>();
    private int events;
    private long position;

    /** {@code runTag} goes into every guid, so runs never share story ids. */
    public StoryStream(TemplateCorpus corpus, List<BenchSource> sources, Mix mix, long seed, String runTag) {
        this.corpus = corpus;
        this.sources = List.copyOf(sources);
        this.mix = mix;
        this.runTag = runTag;
        this.random = new SplittableRandom(seed);
        for (int i = 0; i < LANGUAGE_ORDER.size(); i++) {
            String language = LANGUAGE_ORDER.get(i);
            if (!corpus.sentences(language).isEmpty()
                    && sources.stream().anyMatch(s -> s.language().equals(language))) {
                // languages with little template copy are told less often (see Event.SCARCE)
                double scarcity =
                        Math.min(1.0, 0.25 + corpus.sentences(language).size() / (double) Event.SCARCE);
                languageWeights.put(language, LANGUAGE_WEIGHTS[i] * scarcity);
            }
        }
        if (languageWeights.isEmpty()) {
            throw new IllegalStateException("no language has both template sentences and a source");
        }
    }

    /** The next version, created at {@code now}. */
    public StoryVersion next(Instant now) {
        position++;
        double r = random.nextDouble();
        StoryHistory.Filed target = null;
        if (r < mix.killShare() + mix.updateShare()) {
            target = history.pick(position - mix.minAge(), random);
        }
        StoryVersion version;
        if (target != null && r < mix.killShare()) {
            version = target.kill(now);
        } else if (target != null) {
            version = target.update(now, random);
        } else {
            version = nextMember(now);
        }
        history.filed(version, position);
        return version;
    }

    /** How many events have been started. */
    public int events() {
        return events;
    }

    private StoryVersion nextMember(Instant now) {
        while (open.size() < mix.openEvents()) {
            open.add(newEvent());
        }
        int pick = random.nextInt(open.size());
        Event event = open.get(pick);
        int m = event.emitted++;
        if (event.done()) {
            open.remove(pick);
        }
        Event.Member member = event.members.get(m);
        String guid = "bench-" + runTag + "-" + event.index + "-" + m;
        if (member.copyOf() >= 0) {
            StoryHistory.Filed original = history.get(member.source().language(), event.index, member.copyOf());
            if (original != null) {
                return original.syndicate(member.source(), guid, now, random);
            }
        }
        return StoryWriter.rewrite(event, member.source(), guid, now, random, corpus);
    }

    private Event newEvent() {
        int index = events++;
        String language = pickLanguage();
        int size = pickSize();
        List<BenchSource> same = new ArrayList<>(
                sources.stream().filter(s -> s.language().equals(language)).toList());
        List<BenchSource> other = new ArrayList<>(
                sources.stream().filter(s -> !s.language().equals(language)).toList());
        List<Event.Member> members = new ArrayList<>();
        for (int m = 0; m < size; m++) {
            boolean sameLanguage = !same.isEmpty() && (m == 0 || other.isEmpty() || random.nextDouble() < 0.8);
            List<BenchSource> from = sameLanguage ? same : other;
            if (from.isEmpty()) {
                break;
            }
            BenchSource source = from.remove(random.nextInt(from.size()));
            int copyOf = -1;
            if (m > 0 && random.nextDouble() < COPY_SHARE) {
                for (int earlier = 0; earlier < m; earlier++) {
                    if (members.get(earlier).source().language().equals(source.language())
                            && members.get(earlier).copyOf() < 0) {
                        copyOf = earlier;
                        break;
                    }
                }
            }
            members.add(new Event.Member(source, copyOf));
        }
        return new Event(index, members, corpus, random);
    }

    private String pickLanguage() {
        double total = languageWeights.values().stream()
                .mapToDouble(Double::doubleValue)
                .sum();
        double r = random.nextDouble() * total;
        for (Map.Entry<String, Double> e : languageWeights.entrySet()) {
            r -= e.getValue();
            if (r <= 0) {
                return e.getKey();
            }
        }
        return languageWeights.keySet().iterator().next();
    }

    /** 2 to 5 sources: 35%, 30%, 20%, 15%. */
    private int pickSize() {
        double r = random.nextDouble();
        return r < 0.35 ? 2 : r < 0.65 ? 3 : r < 0.85 ? 4 : 5;
    }
}
