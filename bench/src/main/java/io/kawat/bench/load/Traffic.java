package io.kawat.bench.load;

import io.kawat.bench.gen.DocumentBatcher;
import io.kawat.bench.gen.StoryStream;
import io.kawat.bench.gen.StoryVersion;
import io.kawat.bench.gen.WireDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * Generates the run's story versions and hands them, as documents, to a door. A backfill generates every document
 * before the clock starts and sends them back to back; a steady run generates what is due every 100 ms and sends it
 * at once, one document per source.
 */
final class Traffic {

    private static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final LoadSettings settings;
    private final StoryStream stream;
    private final long[] kinds = new long[StoryVersion.Kind.values().length];

    Traffic(LoadSettings settings, StoryStream stream) {
        this.settings = settings;
        this.stream = stream;
    }

    /** Every document of a backfill, in sending order. */
    List<WireDocument> backfillDocuments() {
        DocumentBatcher batcher = new DocumentBatcher(settings.batchItems());
        List<WireDocument> docs = new ArrayList<>();
        for (int i = 0; i < settings.stories(); i++) {
            docs.addAll(batcher.add(generate()));
        }
        docs.addAll(batcher.flushAll());
        return docs;
    }

    /** Sends {@code rate} versions a second for the run's duration; returns when the last one was handed over. */
    void steady(Consumer<WireDocument> door) {
        long total = Math.round(settings.rate() * settings.duration().toMillis() / 1000.0);
        long start = System.nanoTime();
        long generated = 0;
        long tick = 0;
        while (generated < total) {
            double elapsed = (System.nanoTime() - start) / 1e9;
            long due = Math.min(total, (long) Math.floor(settings.rate() * elapsed));
            DocumentBatcher batcher = new DocumentBatcher(settings.batchItems());
            List<WireDocument> docs = new ArrayList<>();
            for (; generated < due; generated++) {
                docs.addAll(batcher.add(generate()));
            }
            docs.addAll(batcher.flushAll());
            docs.forEach(door);
            tick++;
            long wait = start + tick * TICK_NANOS - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
        }
    }

    long generated(StoryVersion.Kind kind) {
        return kinds[kind.ordinal()];
    }

    private StoryVersion generate() {
        StoryVersion v = stream.next(Instant.now());
        kinds[v.kind().ordinal()]++;
        return v;
    }
}
