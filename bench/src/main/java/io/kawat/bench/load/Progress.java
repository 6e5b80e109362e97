package io.kawat.bench.load;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs a progress line every few seconds while a run lasts: sent, per stage, shown, latency so far, memory. */
final class Progress implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Progress.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bench-progress");
        t.setDaemon(true);
        return t;
    });
    private final long start = System.nanoTime();

    private Progress() {}

    static Progress start(Duration every, SendStats stats, Ledger ledger) {
        Progress progress = new Progress();
        progress.timer.scheduleAtFixedRate(
                () -> progress.log(stats, ledger), every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return progress;
    }

    private void log(SendStats stats, Ledger ledger) {
        Ledger.Snapshot s = ledger.snapshot();
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        LOG.info(
                "t={}s sent {} items in {} docs | wire {} | enriched {} | articles {} | shown {}/{} | "
                        + "p50 {} ms p99 {} ms | rss {} MiB",
                seconds,
                stats.versions.get(),
                stats.documents.get(),
                s.wireRecords(),
                s.enrichedRecords(),
                s.articleRecords(),
                s.shown(),
                s.expected(),
                s.all().getValueAtPercentile(50),
                s.all().getValueAtPercentile(99),
                MemoryProbe.selfRssMiB());
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
