package io.kawat.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.kawat.bench.translate.BenchStory;
import io.kawat.bench.translate.DirectApertium;
import io.kawat.bench.translate.TranslationFigures;
import io.kawat.bench.translate.TranslationFigures.Pass;
import io.kawat.bench.translate.TranslationSection;
import io.kawat.platform.SuppressForbidden;
import io.kawat.translate.Translation;
import io.kawat.translate.TranslationCache;
import io.kawat.translate.TranslationConfig;
import io.kawat.translate.TranslationEngines;
import io.kawat.translate.TranslationService;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Translation throughput with the real Apertium English→Spanish: the {@code apertium} command called directly
 * (baseline) and Kawat's {@link TranslationService} on a cold cache, story by story in turns, then a replay of
 * the same stories through the warm cache; writes the figures as JSON and swaps the "## Translation" section of
 * {@code RESULTS.md} (only that one).
 * Needs Debian's {@code apertium} and {@code apertium-eng-spa}.
 *
 * <pre>TranslationBench OUT_JSON [RESULTS_MD] [--stories N] [--command apertium]</pre>
 */
public final class TranslationBench {
    private static final String MODE = "eng-spa";

    private TranslationBench() {}

    @SuppressForbidden(reason = "a command-line main: its report goes to the terminal")
    public static void main(String[] args) throws Exception {
        PrintStream out = System.out; // a command-line tool: its report goes to the terminal
        Path json = Path.of(args.length > 0 ? args[0] : "target/results/translation.json");
        Path results = args.length > 1 && !args[1].startsWith("--") ? Path.of(args[1]) : null;
        int count = Integer.parseInt(option(args, "--stories", "200"));
        String command = option(args, "--command", "apertium");
        List<BenchStory> stories = BenchStory.english(count, 42);
        long texts = stories.stream().mapToLong(s -> s.texts().size()).sum();
        long characters = stories.stream().mapToLong(BenchStory::characters).sum();
        out.printf(
                Locale.ROOT,
                "translation bench: %d stories, %d texts, %d characters, en-es%n",
                count,
                texts,
                characters);

        DirectApertium direct = new DirectApertium(command, MODE);
        direct.translateAll(stories.subList(0, Math.min(10, count))); // warm the page cache and the JIT
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        TranslationConfig config = new TranslationConfig(
                Map.of("*", List.of("apertium")),
                TranslationConfig.defaults().batchSize(),
                Map.of("apertium", 2),
                Duration.ofMinutes(2));
        try (TranslationService service = new TranslationService(
                config,
                List.of(TranslationEngines.apertium(command, Duration.ofMinutes(2))),
                TranslationCache.inMemory(100_000),
                registry)) {
            // baseline and cold pass story by story, taking turns, so both see the same load on a shared machine
            long directNanos = 0;
            long coldNanos = 0;
            long failed = 0;
            for (BenchStory story : stories) {
                long start = System.nanoTime();
                direct.translate(story);
                directNanos += System.nanoTime() - start;
                start = System.nanoTime();
                failed += translateAll(service, List.of(story));
                coldNanos += System.nanoTime() - start;
            }
            Pass baseline = Pass.of(directNanos, count, characters);
            out.printf(Locale.ROOT, "baseline (apertium directly): %.1f stories/s%n", baseline.storiesPerSecond());
            Pass cold = Pass.of(coldNanos, count, characters);
            double coldHitRate = hitRate(registry, 0, 0);
            out.printf(
                    Locale.ROOT,
                    "Kawat, cold cache: %.1f stories/s (%d texts failed, cache hit rate %.1f%%)%n",
                    cold.storiesPerSecond(),
                    failed,
                    100 * coldHitRate);
            double hits = count(registry, "hit");
            double misses = count(registry, "miss");
            long start = System.nanoTime();
            translateAll(service, stories);
            Pass replay = Pass.of(System.nanoTime() - start, count, characters);
            double hitRate = hitRate(registry, hits, misses);
            out.printf(
                    Locale.ROOT,
                    "Kawat, replay: %.1f stories/s, cache hit rate %.1f%%%n",
                    replay.storiesPerSecond(),
                    100 * hitRate);
            TranslationFigures figures = new TranslationFigures(
                    "en-es",
                    command + " -u -f txt " + MODE,
                    count,
                    texts,
                    characters,
                    baseline,
                    cold,
                    replay,
                    cold.storiesPerSecond() / baseline.storiesPerSecond(),
                    coldHitRate,
                    hitRate,
                    failed);
            out.printf(Locale.ROOT, "ratio Kawat/baseline %.2f%n", figures.ratio());
            write(json, results, figures);
            out.println("wrote " + json.toAbsolutePath() + (results == null ? "" : " and " + results.toAbsolutePath()));
        }
    }

    /** One call per story, as the translate topology makes it; returns the texts that were not translated. */
    private static long translateAll(TranslationService service, List<BenchStory> stories) {
        long failed = 0;
        for (BenchStory story : stories) {
            List<Translation> results = service.translate(story.texts(), "en", "es", Set.of());
            failed += results.stream().filter(r -> !r.translated()).count();
        }
        return failed;
    }

    private static void write(Path json, Path results, TranslationFigures figures) throws Exception {
        if (json.getParent() != null) {
            Files.createDirectories(json.getParent());
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), figures);
        if (results != null) {
            String previous = Files.exists(results) ? Files.readString(results) : "";
            Files.writeString(results, TranslationSection.replaceIn(previous, TranslationSection.render(figures)));
        }
    }

    /** Cache hits divided by lookups since the counts were {@code hits} and {@code misses}. */
    private static double hitRate(SimpleMeterRegistry registry, double hits, double misses) {
        double newHits = count(registry, "hit") - hits;
        double lookups = newHits + count(registry, "miss") - misses;
        return lookups == 0 ? 0 : newHits / lookups;
    }

    private static double count(SimpleMeterRegistry registry, String result) {
        Counter counter =
                registry.find("kawat.translation.cache").tag("result", result).counter();
        return counter == null ? 0 : counter.count();
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
