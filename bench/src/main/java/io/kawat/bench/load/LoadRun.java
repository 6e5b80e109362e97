package io.kawat.bench.load;

import io.kawat.bench.gen.BenchSource;
import io.kawat.bench.gen.StoryStream;
import io.kawat.bench.gen.StoryVersion;
import io.kawat.bench.gen.TemplateCorpus;
import io.kawat.bench.gen.WireDocument;
import io.kawat.ingest.WireDocuments;
import io.kawat.schemas.avro.WireStory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One load run against a running broker and registry: starts Kawat's services in this JVM, sends the generated
 * stories through the chosen door, follows them to {@code news.articles.v1}, and reports throughput, latency and
 * memory. Used by {@link io.kawat.bench.LoadDriver} and by the smoke test.
 */
public final class LoadRun {

    private static final Logger LOG = LoggerFactory.getLogger(LoadRun.class);

    private final LoadSettings settings;
    private final String runTag = UUID.randomUUID().toString().substring(0, 8);

    public LoadRun(LoadSettings settings) {
        this.settings = settings;
    }

    /** The topic prefix of this run (its topics are {@code <prefix>wire.stories.v1}, ...). */
    public String topicPrefix() {
        return "bench-" + runTag + ".";
    }

    /** Runs against the broker and registry given; {@code dir} holds the services' configuration and state. */
    public LoadReport run(String bootstrapServers, String registryUrl, Path dir) {
        List<BenchSource> sources = BenchSource.all();
        int minAge = settings.mode() == LoadSettings.Mode.BACKFILL
                ? Math.min(200, settings.stories() / 5)
                : (int) Math.max(50, settings.rate() * 3);
        StoryStream stream = new StoryStream(
                TemplateCorpus.load(), sources, StoryStream.Mix.defaults().withMinAge(minAge), settings.seed(), runTag);
        Traffic traffic = new Traffic(settings, stream);
        List<WireDocument> backfill =
                settings.mode() == LoadSettings.Mode.BACKFILL ? traffic.backfillDocuments() : List.of();
        SendStats stats = new SendStats();
        Ledger ledger = new Ledger();
        LOG.info("load run {}: {}", runTag, settings.describe());
        String loadAtStart = MemoryProbe.loadAverage();
        try (BenchPipeline pipeline = BenchPipeline.start(
                        bootstrapServers, registryUrl, topicPrefix(), dir, sources, settings.translation());
                Watcher watcher = new Watcher(bootstrapServers, pipeline.kafka().topics(), ledger);
                DirectSender direct = settings.via() == LoadSettings.Via.DIRECT
                        ? new DirectSender(
                                bootstrapServers,
                                pipeline.kafka().topics().wireStories(),
                                "kawat-bench-direct-" + runTag,
                                stats)
                        : null;
                Progress progress = Progress.start(settings.progressEvery(), stats, ledger)) {
            watcher.start();
            Consumer<WireDocument> door = door(pipeline, direct, stats);
            CpuProbe cpu = CpuProbe.start();
            if (settings.mode() == LoadSettings.Mode.BACKFILL) {
                sendBackfill(backfill, door, direct);
            } else {
                ledger.measureFrom(
                        System.currentTimeMillis() + settings.warmup().toMillis());
                traffic.steady(door);
            }
            LOG.info(
                    "all {} documents sent ({} items); waiting for their articles",
                    stats.documents.get(),
                    stats.versions.get());
            awaitArticles(stats, ledger, watcher);
            Ledger.Snapshot last = ledger.snapshot();
            LoadReport.Memory memory = memory();
            LoadReport.Window window = new LoadReport.Window(
                    stats.firstSendAt.get(), System.currentTimeMillis(), loadAtStart, MemoryProbe.loadAverage());
            return report(traffic, stream, stats, last, memory, window, cpu.millisSinceStart());
        }
    }

    private Consumer<WireDocument> door(BenchPipeline pipeline, DirectSender direct, SendStats stats) {
        if (direct == null) {
            PushSender push = new PushSender(pipeline.ingestUrl(), BenchPipeline.PUSH_TOKEN, stats);
            return push::send;
        }
        WireDocuments parsers = new WireDocuments();
        return doc -> direct.send(DirectSender.prepare(doc, parsers), doc.body().length);
    }

    /** Sends a backfill; direct records are all prepared before the first is sent, so parsing is not timed. */
    private static void sendBackfill(List<WireDocument> docs, Consumer<WireDocument> door, DirectSender direct) {
        if (direct == null) {
            docs.forEach(door);
            return;
        }
        WireDocuments parsers = new WireDocuments();
        List<List<WireStory>> prepared = new ArrayList<>(docs.size());
        docs.forEach(d -> prepared.add(DirectSender.prepare(d, parsers)));
        for (int i = 0; i < docs.size(); i++) {
            direct.send(prepared.get(i), docs.get(i).body().length);
        }
    }

    private void awaitArticles(SendStats stats, Ledger ledger, Watcher watcher) {
        long target = stats.accepted.get();
        long lastShown = -1;
        long lastProgressAt = System.nanoTime();
        while (true) {
            Ledger.Snapshot s = ledger.snapshot();
            if (watcher.failure() != null) {
                throw new IllegalStateException("the watcher failed", watcher.failure());
            }
            if (s.expected() >= target && s.shown() >= s.expected()) {
                return;
            }
            if (s.shown() != lastShown) {
                lastShown = s.shown();
                lastProgressAt = System.nanoTime();
            } else if (System.nanoTime() - lastProgressAt
                    > settings.stallTimeout().toNanos()) {
                LOG.warn(
                        "no article for {} s: giving up with {} of {} versions shown (missing e.g. {}; {} dead "
                                + "letters, e.g. {})",
                        settings.stallTimeout().toSeconds(),
                        s.shown(),
                        target,
                        s.missingSample(),
                        s.deadLetters(),
                        s.deadLetterSample());
                return;
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
    }

    private static LoadReport.Memory memory() {
        List<MemoryProbe.ProcessPeak> children = MemoryProbe.childPeaks();
        long self = MemoryProbe.selfPeakMiB();
        return new LoadReport.Memory(
                self,
                children,
                self
                        + children.stream()
                                .mapToLong(MemoryProbe.ProcessPeak::peakMiB)
                                .sum());
    }

    private LoadReport report(
            Traffic traffic,
            StoryStream stream,
            SendStats stats,
            Ledger.Snapshot s,
            LoadReport.Memory memory,
            LoadReport.Window window,
            Map<String, Long> cpuMillis) {
        long start = stats.firstSendAt.get();
        double sendSeconds = (stats.lastSendAt.get() - start) / 1000.0;
        double ingest = Math.max(0, s.lastReceipt() - start) / 1000.0;
        double enrich = Math.max(0, s.lastEnriched() - start) / 1000.0;
        double publish = Math.max(0, s.lastShown() - start) / 1000.0;
        LoadReport.Stages stages = new LoadReport.Stages(
                ingest,
                enrich,
                publish,
                rate(s.shown(), publish),
                rate(s.wireRecords(), ingest),
                rate(s.enrichedRecords(), enrich));
        LoadReport.Generated generated = new LoadReport.Generated(
                traffic.generated(StoryVersion.Kind.NEW)
                        + traffic.generated(StoryVersion.Kind.UPDATE)
                        + traffic.generated(StoryVersion.Kind.KILL),
                traffic.generated(StoryVersion.Kind.NEW),
                traffic.generated(StoryVersion.Kind.UPDATE),
                traffic.generated(StoryVersion.Kind.KILL),
                stream.events());
        LoadReport.Sent sent = new LoadReport.Sent(
                stats.documents.get(),
                stats.versions.get(),
                stats.accepted.get(),
                stats.unchanged.get(),
                stats.rejected.get(),
                stats.bytes.get(),
                sendSeconds);
        LoadReport.Latencies latency = new LoadReport.Latencies(
                LoadReport.Percentiles.of(s.all()),
                LoadReport.Percentiles.of(s.firsts()),
                LoadReport.Percentiles.of(s.updates()),
                LoadReport.Percentiles.of(s.kills()));
        LoadReport.Outcome outcome = new LoadReport.Outcome(
                s.wireRecords(),
                s.enrichedRecords(),
                s.articleRecords(),
                s.articles(),
                s.clusters(),
                s.syndicatedCopies(),
                s.withdrawals(),
                s.deadLetters(),
                s.deadLetterSample());
        return new LoadReport(
                settings.describe(),
                settings.mode().name(),
                settings.via().name(),
                generated,
                sent,
                stages,
                latency,
                outcome,
                memory,
                null,
                Math.max(0, stats.accepted.get() - s.shown()),
                s.missingSample(),
                window,
                cpuMillis);
    }

    private static double rate(long count, double seconds) {
        return seconds <= 0 ? 0 : Math.round(count / seconds * 10) / 10.0;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "LoadRun[%s, %s]", runTag, settings.describe());
    }
}
