package io.kawat.bench.jmh;

import io.kawat.ingest.internal.safety.HtmlSanitizer;
import io.kawat.ingest.internal.safety.SanitizedHtml;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
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
 * HTML cleaning of real provider bodies (the RSS and Atom fixtures' item HTML) with ingest's {@link HtmlSanitizer},
 * against the baseline of parsing and re-serialising the same HTML with jsoup without cleaning it. One operation is
 * one body, cycling through all of them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms256m", "-Xmx1g", "-XX:+UseSerialGC"})
public class SanitizeBenchmark {

    private List<String> bodies;
    private HtmlSanitizer sanitizer;
    private int next;

    @Setup
    public void setUp() {
        bodies = BenchData.rawHtml();
        sanitizer = new HtmlSanitizer();
    }

    @Benchmark
    public SanitizedHtml sanitize() {
        return sanitizer.sanitize(body(), "https://example.com/news/item", null);
    }

    @Benchmark
    public String jsoupParseOnly() {
        return Jsoup.parseBodyFragment(body(), "https://example.com/news/item")
                .body()
                .html();
    }

    private String body() {
        next = next + 1 == bodies.size() ? 0 : next + 1;
        return bodies.get(next);
    }
}
