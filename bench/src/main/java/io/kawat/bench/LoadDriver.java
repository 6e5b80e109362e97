package io.kawat.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.kawat.bench.load.LoadReport;
import io.kawat.bench.load.LoadRun;
import io.kawat.bench.load.LoadSettings;
import io.kawat.bench.load.MemoryProbe;
import io.kawat.bench.load.PassthroughBaseline;
import io.kawat.devstack.DevStack;
import io.kawat.platform.SuppressForbidden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end-to-end load driver: starts the dev stack (a real KRaft broker and Apicurio Registry on free loopback
 * ports) and Kawat's services in this JVM, generates realistic story versions and sends them through the real
 * stack, then prints throughput, latency percentiles and peak memory, and writes them as JSON.
 *
 * <pre>
 * LoadDriver --backfill N [--via push|direct] [--baseline [--baseline-min N]] [--translation] [--out FILE] [--seed S]
 * LoadDriver --steady RATE --seconds S [--warmup S] [--via push|direct] [--translation] [--out FILE] [--seed S]
 * </pre>
 *
 * {@code --via push} (the default) posts documents of 50 items to ingest's push endpoint; {@code --via direct}
 * produces WireStory records straight to {@code wire.stories.v1}. {@code --baseline} then passes the same records
 * through a bare Kafka Streams passthrough and reports Kawat's throughput as a ratio of it. Machine translation is
 * off unless {@code --translation} is given.
 */
public final class LoadDriver {

    private static final Logger LOG = LoggerFactory.getLogger(LoadDriver.class);

    private LoadDriver() {}

    @SuppressForbidden(reason = "a command-line main: the summary goes to the terminal")
    public static void main(String[] args) throws IOException {
        Arguments a = Arguments.parse(args);
        Path work = Path.of("target", "load", a.name()).toAbsolutePath();
        Files.createDirectories(work);
        Path stackCache = Path.of("target", "stack-cache").toAbsolutePath();
        try (DevStack stack = DevStack.start(DevStack.Settings.ephemeral(work.resolve("stack"), stackCache))) {
            LoadRun run = new LoadRun(a.settings());
            LoadReport report = run.run(stack.bootstrapServers(), stack.registryUrl(), work.resolve("kawat"));
            if (a.baseline()) {
                PassthroughBaseline.Result b = PassthroughBaseline.run(
                        stack.bootstrapServers(),
                        stack.registryUrl(),
                        run.topicPrefix() + "wire.stories.v1",
                        a.baselineMin(),
                        work.resolve("baseline"));
                report = report.withBaseline(b.records(), b.seconds());
            }
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            Files.createDirectories(a.out().toAbsolutePath().getParent());
            json.writeValue(a.out().toFile(), report);
            System.out.println(summary(report));
            System.out.println("written to " + a.out());
        }
        LOG.info("peak resident memory of this process: {} MiB", MemoryProbe.selfPeakMiB());
    }

    static String summary(LoadReport r) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(
                Locale.ROOT,
                "%s: %d versions (%d first, %d updates, %d kills) of %d events%n",
                r.description(),
                r.generated().versions(),
                r.generated().firsts(),
                r.generated().updates(),
                r.generated().kills(),
                r.generated().events()));
        s.append(String.format(
                Locale.ROOT,
                "  throughput %.1f stories/s (ingest %.1f/s, enrich %.1f/s); "
                        + "last article %.1f s after the first send%n",
                r.stages().storiesPerSecond(),
                r.stages().ingestPerSecond(),
                r.stages().enrichPerSecond(),
                r.stages().publishSeconds()));
        LoadReport.Percentiles p = r.latency().all();
        s.append(String.format(
                Locale.ROOT,
                "  latency p50 %d ms, p90 %d ms, p99 %d ms, max %d ms (%d versions shown," + " %d missing)%n",
                p.p50(),
                p.p90(),
                p.p99(),
                p.max(),
                p.count(),
                r.missing()));
        s.append(String.format(
                Locale.ROOT,
                "  %d article records, %d articles, %d clusters, %d copies flagged%n",
                r.outcome().articleRecords(),
                r.outcome().articles(),
                r.outcome().clusters(),
                r.outcome().syndicatedCopies()));
        s.append(String.format(
                Locale.ROOT,
                "  peak RSS %d MiB (this JVM), %d MiB with the broker and registry%n",
                r.memory().processPeakMiB(),
                r.memory().totalPeakMiB()));
        long versions = Math.max(1, r.sent().accepted());
        r.cpuMillis()
                .forEach((who, ms) -> s.append(String.format(
                        Locale.ROOT, "  CPU %.2f ms per story version: %s%n", ms / (double) versions, who)));
        if (r.baseline() != null) {
            s.append(String.format(
                    Locale.ROOT,
                    "  passthrough baseline %.1f records/s (%d records), ratio %.3f%n",
                    r.baseline().recordsPerSecond(),
                    r.baseline().records(),
                    r.baseline().ratio()));
        }
        return s.toString();
    }

    /** Parsed command line. */
    record Arguments(LoadSettings settings, boolean baseline, int baselineMin, Path out, String name) {

        static Arguments parse(String[] args) {
            Integer backfill = null;
            Double rate = null;
            int seconds = 60;
            int warmup = 0;
            LoadSettings.Via via = LoadSettings.Via.PUSH;
            boolean baseline = false;
            boolean translation = false;
            int baselineMin = 0;
            long seed = 42;
            Path out = null;
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--backfill" -> {
                        backfill = Integer.parseInt(need(args[i], value));
                        i++;
                    }
                    case "--steady" -> {
                        rate = Double.parseDouble(need(args[i], value));
                        i++;
                    }
                    case "--seconds" -> {
                        seconds = Integer.parseInt(need(args[i], value));
                        i++;
                    }
                    case "--warmup" -> {
                        warmup = Integer.parseInt(need(args[i], value));
                        i++;
                    }
                    case "--via" -> {
                        via = LoadSettings.Via.valueOf(need(args[i], value).toUpperCase(Locale.ROOT));
                        i++;
                    }
                    case "--baseline" -> baseline = true;
                    case "--translation" -> translation = true;
                    case "--baseline-min" -> {
                        baselineMin = Integer.parseInt(need(args[i], value));
                        i++;
                    }
                    case "--seed" -> {
                        seed = Long.parseLong(need(args[i], value));
                        i++;
                    }
                    case "--out" -> {
                        out = Path.of(need(args[i], value));
                        i++;
                    }
                    default ->
                        throw new IllegalArgumentException(
                                "unknown argument " + args[i] + "; see the Javadoc of LoadDriver");
                }
            }
            if ((backfill == null) == (rate == null)) {
                throw new IllegalArgumentException("give exactly one of --backfill N and --steady RATE --seconds S");
            }
            LoadSettings settings = backfill != null
                    ? LoadSettings.backfill(backfill, via)
                    : LoadSettings.steady(rate, Duration.ofSeconds(seconds), via);
            String name =
                    (backfill != null ? "backfill-" : "steady-") + via.name().toLowerCase(Locale.ROOT);
            return new Arguments(
                    settings.withSeed(seed).withTranslation(translation).withWarmup(Duration.ofSeconds(warmup)),
                    baseline,
                    baselineMin,
                    out != null ? out : Path.of("target", "results", name + ".json"),
                    name);
        }

        private static String need(String flag, String value) {
            if (value == null) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            return value;
        }
    }
}
