package io.kawat.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kawat.fixtures.WireFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** JMH's JSON results as Markdown tables: every score, and each benchmark next to its baseline. */
final class JmhResults {

    /** One score. */
    record Score(String name, String params, double score, double error, String unit) {}

    private static final List<String[]> PAIRS = List.of(
            new String[] {"SanitizeBenchmark.sanitize", "SanitizeBenchmark.jsoupParseOnly", ""},
            new String[] {"AnalysisBenchmark.language", "AnalysisBenchmark.languageLinguaBaseline", ""},
            new String[] {"DedupeBenchmark.minHashAndBands", "DedupeBenchmark.exactShinglesBaseline", ""},
            new String[] {"SerdeBenchmark.wireStoryKawatSerde", "SerdeBenchmark.wireStoryRawAvro", ""},
            new String[] {"SerdeBenchmark.articleKawatSerde", "SerdeBenchmark.articleRawAvro", ""},
            new String[] {"ComposeBenchmark.compose", "ComposeBenchmark.composeUnchanged", "members=1"},
            new String[] {"ComposeBenchmark.compose", "ComposeBenchmark.composeUnchanged", "members=5"});

    private final List<Score> scores = new ArrayList<>();

    JmhResults(Path json) throws IOException {
        for (JsonNode b : new ObjectMapper().readTree(json.toFile())) {
            String name = b.path("benchmark").asText().replace("io.kawat.bench.jmh.", "");
            Map<String, String> params = new TreeMap<>();
            b.path("params")
                    .fields()
                    .forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
            String p = String.join(
                    ", ",
                    params.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .toList());
            JsonNode m = b.path("primaryMetric");
            scores.add(new Score(
                    name,
                    p,
                    m.path("score").asDouble(),
                    m.path("scoreError").asDouble(Double.NaN),
                    m.path("scoreUnit").asText()));
        }
    }

    /** Every score. */
    String table() {
        StringBuilder md =
                new StringBuilder("| benchmark | params | score | error (99.9%) | unit |\n|---|---|---|---|---|\n");
        for (Score s : scores) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %s | %s |%n",
                    s.name(),
                    s.params(),
                    num(s.score()),
                    Double.isNaN(s.error()) ? "" : "± " + num(s.error()),
                    s.unit()));
        }
        return md.toString();
    }

    /** Each benchmark with a natural baseline, and the cost over it. */
    String pairs() {
        StringBuilder md = new StringBuilder(
                "| benchmark | baseline | benchmark score | baseline score | ratio |\n" + "|---|---|---|---|---|\n");
        for (String[] pair : PAIRS) {
            Score a = find(pair[0], pair[2]);
            Score b = find(pair[1], pair[2]);
            if (a != null && b != null) {
                md.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %s %s | %s %s | %.1f× |%n",
                        (pair[0] + " " + pair[2]).strip(),
                        pair[1],
                        num(a.score()),
                        a.unit(),
                        num(b.score()),
                        b.unit(),
                        a.score() / b.score()));
            }
        }
        return md.toString();
    }

    /** Parse speed per format in MB/s against reading the same bytes and a bare StAX pass. */
    String parseThroughput() {
        StringBuilder md =
                new StringBuilder("| format | fixture | bytes | parse µs | parse MB/s |\n|---|---|---|---|---|\n");
        long total = 0;
        for (Map.Entry<String, String> f : io.kawat.bench.jmh.Fixtures.BY_FORMAT.entrySet()) {
            long bytes = WireFiles.bytes(f.getValue()).length;
            total += bytes;
            Score s = find("ParseBenchmark.parse", "format=" + f.getKey());
            if (s != null) {
                md.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %d | %s | %.1f |%n",
                        f.getKey(),
                        f.getValue(),
                        bytes,
                        num(s.score()),
                        bytes / s.score()));
            }
        }
        Score read = find("ParseBaselineBenchmark.readBytes", "");
        Score scan = find("ParseBaselineBenchmark.xmlScan", "");
        if (read != null) {
            md.append(String.format(
                    Locale.ROOT,
                    "| baseline: reading the bytes (UTF-8 decode), all ten | | %d | %s | %.1f |%n",
                    total,
                    num(read.score()),
                    total / read.score()));
        }
        if (scan != null) {
            md.append(String.format(
                    Locale.ROOT, "| baseline: bare StAX pass over the XML fixtures | | | %s | |%n", num(scan.score())));
        }
        return md.toString();
    }

    private Score find(String name, String params) {
        return scores.stream()
                .filter(s -> s.name().equals(name) && s.params().equals(params))
                .findFirst()
                .orElse(null);
    }

    static String num(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
