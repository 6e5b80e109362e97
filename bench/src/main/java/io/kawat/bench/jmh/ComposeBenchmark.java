package io.kawat.bench.jmh;

import io.kawat.publish.internal.chrome.Chrome;
import io.kawat.publish.internal.compose.ArticleComposer;
import io.kawat.publish.internal.compose.ComposerConfig;
import io.kawat.publish.internal.compose.RelatedCandidate;
import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.EnrichedStory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Publish's article composition ({@link ArticleComposer}) of one event cluster of 1 or 5 member stories in the
 * three default editions (en, id, es), as publish does whenever a member arrives, with 500 "Read also" candidates
 * (publish keeps the last 500 articles). {@code composeUnchanged} is the same call when nothing changed since the
 * previous version (the composer compares and emits nothing): the floor every member arrival pays.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms256m", "-Xmx1g", "-XX:+UseSerialGC"})
public class ComposeBenchmark {

    private static final List<String> EDITIONS = List.of("en", "id", "es");

    @Param({"1", "5"})
    public int members;

    private ArticleComposer composer;
    private List<EnrichedStory> cluster;
    private List<RelatedCandidate> related;
    private final List<Article> previous = new ArrayList<>();
    private final Instant now = Instant.parse("2025-01-01T12:00:00Z");

    @Setup
    public void setUp() {
        Roundups roundups = new Roundups();
        composer = new ArticleComposer(new ComposerConfig("Kawat", "Kawat Newsdesk", EDITIONS), Chrome.load());
        cluster = roundups.members(members);
        related = roundups.related(500);
        previous.addAll(compose());
    }

    @Benchmark
    public List<Article> compose() {
        List<Article> out = new ArrayList<>(EDITIONS.size());
        for (String edition : EDITIONS) {
            out.add(composer.compose(Roundups.CLUSTER, edition, cluster, null, related, now));
        }
        return out;
    }

    @Benchmark
    public int composeUnchanged() {
        int emitted = 0;
        for (int i = 0; i < EDITIONS.size(); i++) {
            emitted +=
                    composer.compose(Roundups.CLUSTER, EDITIONS.get(i), cluster, previous.get(i), related, now) == null
                            ? 0
                            : 1;
        }
        return emitted;
    }
}
