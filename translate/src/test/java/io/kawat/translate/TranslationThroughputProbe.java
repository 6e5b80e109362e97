package io.kawat.translate;

import io.kawat.translate.internal.ApertiumCommandTranslator;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Not a test: a probe run by hand that measures English-to-Spanish throughput in words per second, Apertium called
 * directly against the same texts through {@link TranslationService} (Kawat's overhead as a ratio), and a replay
 * through the warm cache with its hit rate. The texts are the English paragraphs of the shared wire fixtures.
 *
 * <pre>
 * mvn -q -o -pl translate test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp translate/target/test-classes:translate/target/classes:$(cat translate/target/cp.txt) \
 *     io.kawat.translate.TranslationThroughputProbe [rounds] [batch size]
 * </pre>
 */
public final class TranslationThroughputProbe {
    private static final Pattern PARAGRAPH = Pattern.compile("<p[^>]*>(.*?)</p>", Pattern.DOTALL);
    private static final Pattern ENGLISH = Pattern.compile("\\b(the|and|of)\\b");

    private TranslationThroughputProbe() {
    }

    public static void main(String[] args) throws Exception {
        // a command-line probe: its report goes to the terminal
        PrintStream out = System.out;
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : TranslationConfig.defaults().batchSize();
        List<String> texts = paragraphs(sharedWire());
        long words = texts.stream().mapToLong(t -> t.split("\\s+").length).sum();
        out.printf("corpus: %d English paragraphs, %d words, batches of %d%n", texts.size(), words, batch);
        ApertiumCommandTranslator apertium = new ApertiumCommandTranslator("apertium", Duration.ofMinutes(2));
        apertium.translate(texts.subList(0, batch), "en", "es");
        for (int round = 1; round <= rounds; round++) {
            double direct = seconds(() -> direct(apertium, texts, batch));
            for (int concurrency : new int[] {1, 2}) {
                TranslationConfig config = new TranslationConfig(Map.of("*", List.of("apertium")), batch,
                        Map.of("apertium", concurrency), Duration.ofMinutes(2));
                SimpleMeterRegistry registry = new SimpleMeterRegistry();
                try (TranslationService service = new TranslationService(config, List.of(apertium),
                        TranslationCache.inMemory(10_000), registry)) {
                    double cold = seconds(() -> service.translate(texts, "en", "es", Set.of()));
                    double hitsBefore = hits(registry);
                    double replay = seconds(() -> service.translate(texts, "en", "es", Set.of()));
                    double hitRate = (hits(registry) - hitsBefore) / texts.size();
                    out.printf("round %d: direct %.0f words/s | service (concurrency %d) %.0f words/s, time ratio"
                                    + " service/direct %.2f | replay %.0f words/s, cache hit rate %.1f%%%n", round,
                            words / direct, concurrency, words / cold, cold / direct, words / replay, 100 * hitRate);
                }
            }
            out.printf("round %d: Kawat alone (an engine that returns its input, cold cache) %.0f words/s%n", round,
                    words / kawatAlone(texts, batch));
        }
    }

    /** The service's own cost: spans, cache, batching and restoring around an engine that costs nothing. */
    private static double kawatAlone(List<String> texts, int batch) throws Exception {
        Translator echo = new Translator() {
            @Override
            public String engine() {
                return "echo";
            }

            @Override
            public boolean supports(String from, String to) {
                return true;
            }

            @Override
            public List<String> translate(List<String> batch, String from, String to) {
                return batch;
            }
        };
        TranslationConfig config = new TranslationConfig(Map.of("*", List.of("echo")), batch, Map.of("echo", 2),
                Duration.ofMinutes(2));
        try (TranslationService service = new TranslationService(config, List.of(echo), TranslationCache.inMemory(10_000),
                new SimpleMeterRegistry())) {
            return seconds(() -> service.translate(texts, "en", "es", Set.of("Li Peng", "Xinhua")));
        }
    }

    private static double hits(SimpleMeterRegistry registry) {
        io.micrometer.core.instrument.Counter hits = registry.find("kawat.translation.cache").tag("result", "hit").counter();
        return hits == null ? 0 : hits.count();
    }

    /** Apertium alone: the same batches, one after the other. */
    private static void direct(ApertiumCommandTranslator apertium, List<String> texts, int batch)
            throws TranslationException {
        for (int start = 0; start < texts.size(); start += batch) {
            apertium.translate(texts.subList(start, Math.min(texts.size(), start + batch)), "en", "es");
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    private static double seconds(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static List<String> paragraphs(Path wire) throws IOException {
        Set<String> paragraphs = new LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(wire)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".md")).toList()) {
                Matcher m = PARAGRAPH.matcher(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                while (m.find()) {
                    String text = m.group(1).replaceAll("<[^>]+>", "").replace("&amp;", "&").replace("&quot;", "\"")
                            .replace("&#39;", "'").replaceAll("\\s+", " ").strip();
                    if (text.split(" ").length >= 8 && ENGLISH.matcher(text).find()) {
                        paragraphs.add(text);
                    }
                }
            }
        }
        return new ArrayList<>(paragraphs);
    }

    private static Path sharedWire() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            for (Path candidate : List.of(dir.resolve("shared/fixtures/wire"), dir.resolveSibling("shared/fixtures/wire"))) {
                if (Files.isDirectory(candidate)) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("no shared/fixtures/wire above " + Path.of("").toAbsolutePath());
    }
}
