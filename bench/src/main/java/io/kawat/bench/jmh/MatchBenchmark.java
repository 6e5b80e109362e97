package io.kawat.bench.jmh;

import io.kawat.enrich.internal.Analysis;
import io.kawat.enrich.internal.Match;
import io.kawat.enrich.internal.MatcherConfig;
import io.kawat.enrich.internal.StoryAnalyzer;
import io.kawat.enrich.internal.StoryMatcher;
import io.kawat.enrich.internal.state.InMemoryState;
import io.kawat.schemas.avro.Entity;
import io.kawat.schemas.avro.WireStory;
import io.kawat.schemas.avro.ZonedTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Enrich's matching step ({@link StoryMatcher#match}: MinHash/LSH near-duplicates, then event clusters) on an
 * in-memory {@link io.kawat.enrich.internal.state.KeyValueState} already holding 1,000 recent stories. Each iteration
 * matches the next 1,000 new stories (one batch, timed as one shot), so the state grows as in the service; the score
 * is milliseconds per 1,000 stories. Stories are 250 analysed generated stories in 9 disguises (names, terms and
 * shingles changed per disguise), so that no story repeats.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, batchSize = MatchBenchmark.BATCH)
@Measurement(iterations = 5, batchSize = MatchBenchmark.BATCH)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms256m", "-Xmx1g", "-XX:+UseSerialGC"})
public class MatchBenchmark {

    static final int BATCH = 1_000;
    private static final int PREFILL = 1_000;
    private static final int DISGUISES = 9;

    private record Input(WireStory story, Analysis analysis) {}

    private final List<Input> pool = new ArrayList<>();
    private StoryMatcher matcher;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        StoryAnalyzer analyzer = BenchData.analyzer();
        List<Input> analysed = new ArrayList<>();
        for (WireStory s : BenchData.analysable(analyzer, BenchData.stories(250, 13))) {
            analysed.add(new Input(s, analyzer.analyze(s)));
        }
        long time = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
        for (int d = 0; d < DISGUISES; d++) {
            for (Input in : analysed) {
                time += 250;
                pool.add(disguise(in, d, time));
            }
        }
    }

    @Setup(Level.Iteration)
    public void freshState() {
        matcher = new StoryMatcher(MatcherConfig.defaults(), new InMemoryState());
        for (next = 0; next < PREFILL; next++) {
            match();
        }
    }

    @Benchmark
    public Match match() {
        Input in = pool.get(next++ % pool.size());
        return matcher.match(in.story(), in.analysis());
    }

    /** The paragraph with the tag after every fourth word: every word 5-shingle changes. */
    private static String tagged(String paragraph, String tag) {
        String[] words = paragraph.split(" ");
        StringBuilder out = new StringBuilder(paragraph.length() + words.length);
        for (int i = 0; i < words.length; i++) {
            out.append(i == 0 ? "" : " ").append(words[i]).append(i % 4 == 3 ? " " + tag : "");
        }
        return out.toString();
    }

    private static Input disguise(Input in, int d, long receivedAt) {
        String tag = "q" + d;
        Instant at = Instant.ofEpochMilli(receivedAt);
        WireStory story = WireStory.newBuilder(in.story())
                .setStoryId(in.story().getStoryId() + "-" + tag)
                .setReceivedAt(ZonedTime.newBuilder()
                        .setEpochMillis(at)
                        .setOriginal(at.toString())
                        .build())
                .build();
        Analysis a = in.analysis();
        List<String> paragraphs =
                a.paragraphs().stream().map(p -> tagged(p, tag)).toList();
        List<Entity> entities = a.entities().stream()
                .map(e -> Entity.newBuilder(e)
                        .setName(e.getName() + " " + tag)
                        .setCanonicalId(e.getCanonicalId() == null ? null : e.getCanonicalId() + tag)
                        .build())
                .toList();
        List<String> keywords = a.keywords().stream().map(k -> k + tag).toList();
        return new Input(
                story,
                new Analysis(
                        paragraphs,
                        a.language(),
                        a.languageConfidence(),
                        a.declaredLanguage(),
                        entities,
                        a.topics(),
                        keywords,
                        a.summary(),
                        a.wordCount(),
                        a.readingTimeMinutes()));
    }
}
