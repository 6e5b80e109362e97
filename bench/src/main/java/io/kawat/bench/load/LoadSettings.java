package io.kawat.bench.load;

import java.time.Duration;
import java.util.Objects;

/**
 * What one load run does.
 *
 * @param mode backfill (as fast as possible) or steady (a fixed rate)
 * @param via through ingest's push endpoint, or records produced straight to {@code wire.stories.v1}
 * @param stories story versions to send in a backfill
 * @param rate story versions per second in a steady run
 * @param duration how long a steady run sends
 * @param batchItems items per pushed document in a backfill (a steady run sends what is due every tick)
 * @param seed seed of the story generator
 * @param stallTimeout a run ends when nothing new was observed for this long after sending finished
 * @param progressEvery how often progress is logged
 * @param translation false (the default) turns machine translation off, as the issue asks; true keeps the
 *                    pipeline's configured engines (Apertium for en-es)
 * @param warmup how long a steady run sends before its latencies count (the JIT compiles the hot paths first)
 */
public record LoadSettings(
        Mode mode,
        Via via,
        int stories,
        double rate,
        Duration duration,
        int batchItems,
        long seed,
        Duration stallTimeout,
        Duration progressEvery,
        boolean translation,
        Duration warmup) {

    /** How fast stories are sent. */
    public enum Mode {
        BACKFILL,
        STEADY
    }

    /** Which door stories take. */
    public enum Via {
        PUSH,
        DIRECT
    }

    public LoadSettings {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(via, "via");
        if (mode == Mode.BACKFILL && stories < 1) {
            throw new IllegalArgumentException("a backfill needs at least one story");
        }
        if (mode == Mode.STEADY && (rate <= 0 || duration.isZero() || duration.isNegative())) {
            throw new IllegalArgumentException("a steady run needs a positive rate and duration");
        }
    }

    /** A backfill of {@code stories} versions in documents of 50 items. */
    public static LoadSettings backfill(int stories, Via via) {
        return new LoadSettings(
                Mode.BACKFILL,
                via,
                stories,
                0,
                Duration.ZERO,
                50,
                42,
                Duration.ofSeconds(90),
                Duration.ofSeconds(5),
                false,
                Duration.ZERO);
    }

    /** {@code rate} versions per second for {@code duration}, pushed every 100 ms. */
    public static LoadSettings steady(double rate, Duration duration, Via via) {
        return new LoadSettings(
                Mode.STEADY,
                via,
                0,
                rate,
                duration,
                50,
                42,
                Duration.ofSeconds(90),
                Duration.ofSeconds(5),
                false,
                Duration.ZERO);
    }

    /** The same with another seed. */
    public LoadSettings withSeed(long newSeed) {
        return new LoadSettings(
                mode,
                via,
                stories,
                rate,
                duration,
                batchItems,
                newSeed,
                stallTimeout,
                progressEvery,
                translation,
                warmup);
    }

    /** The same with another stall timeout. */
    public LoadSettings withStallTimeout(Duration timeout) {
        return new LoadSettings(
                mode, via, stories, rate, duration, batchItems, seed, timeout, progressEvery, translation, warmup);
    }

    /** The same with machine translation on (true) or off. */
    public LoadSettings withTranslation(boolean on) {
        return new LoadSettings(
                mode, via, stories, rate, duration, batchItems, seed, stallTimeout, progressEvery, on, warmup);
    }

    /** The same with latencies counted only for versions sent after {@code time} (steady runs). */
    public LoadSettings withWarmup(Duration time) {
        return new LoadSettings(
                mode, via, stories, rate, duration, batchItems, seed, stallTimeout, progressEvery, translation, time);
    }

    /** A short description, e.g. "backfill of 10000 story versions via push". */
    public String describe() {
        String door = via.name().toLowerCase(java.util.Locale.ROOT) + (translation ? ", translation on" : "");
        return mode == Mode.BACKFILL
                ? "backfill of " + stories + " story versions via " + door
                : "steady " + rate + " story versions/s for " + duration.toSeconds() + " s via " + door
                        + (warmup.isZero()
                                ? ""
                                : ", latency of the versions sent after a " + warmup.toSeconds() + " s warm-up");
    }
}
