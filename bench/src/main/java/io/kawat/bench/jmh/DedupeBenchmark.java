package io.kawat.bench.jmh;

import io.kawat.enrich.internal.dedupe.MinHasher;
import io.kawat.enrich.internal.text.Words;
import io.kawat.schemas.avro.WireStory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Near-duplicate fingerprints of one story body (cycling through 64 generated stories): enrich's MinHash signature
 * (128 hashes over word 5-shingles) and its 32 LSH band keys, against the baseline of building the exact set of
 * 5-shingles that an exact Jaccard comparison would need.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms256m", "-Xmx1g", "-XX:+UseSerialGC"})
public class DedupeBenchmark {

    private final List<List<String>> bodies = new ArrayList<>();
    private final MinHasher hasher = new MinHasher();
    private int next;

    @Setup
    public void setUp() {
        for (WireStory story : BenchData.stories(64, 11)) {
            bodies.add(Words.lowerTokens(story.getBodyText()));
        }
    }

    @Benchmark
    public List<String> minHashAndBands() {
        return hasher.bandKeys(hasher.signature(body()));
    }

    @Benchmark
    public Set<String> exactShinglesBaseline() {
        List<String> words = body();
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i + 5 <= words.size(); i++) {
            shingles.add(String.join(" ", words.subList(i, i + 5)));
        }
        return shingles;
    }

    private List<String> body() {
        next = next + 1 == bodies.size() ? 0 : next + 1;
        return bodies.get(next);
    }
}
