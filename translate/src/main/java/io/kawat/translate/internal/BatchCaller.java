package io.kawat.translate.internal;

import io.kawat.translate.TranslationConfig;
import io.kawat.translate.TranslationException;
import io.kawat.translate.Translator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends texts to one engine in batches of {@link TranslationConfig#batchSize()}: one batch in the caller's thread,
 * several in parallel on the executor, each through the engine's {@link EngineGate}. A batch that outlives every
 * allowance (slot wait, then the call, with room for a second request) is cancelled, which interrupts the adapter and
 * kills an Apertium process.
 */
final class BatchCaller {

    /** The result of one batch: translations, or the failure. */
    record Outcome(int size, List<String> translations, TranslationException failure) {}

    private final TranslationConfig config;
    private final TranslationMetrics metrics;
    private final ExecutorService executor;

    BatchCaller(TranslationConfig config, TranslationMetrics metrics, ExecutorService executor) {
        this.config = config;
        this.metrics = metrics;
        this.executor = executor;
    }

    List<Outcome> call(Translator engine, EngineGate gate, List<String> texts, String from, String to) {
        List<List<String>> batches = new ArrayList<>();
        for (int start = 0; start < texts.size(); start += config.batchSize()) {
            batches.add(texts.subList(start, Math.min(texts.size(), start + config.batchSize())));
        }
        if (batches.size() == 1) {
            return List.of(callOne(engine, gate, batches.get(0), from, to));
        }
        List<Future<Outcome>> futures = new ArrayList<>();
        for (List<String> batch : batches) {
            futures.add(executor.submit(() -> callOne(engine, gate, batch, from, to)));
        }
        Duration allowance = config.timeout().multipliedBy(3).plusSeconds(5);
        long deadline = System.nanoTime() + allowance.toNanos();
        List<Outcome> outcomes = new ArrayList<>();
        for (int b = 0; b < futures.size(); b++) {
            outcomes.add(await(futures.get(b), batches.get(b).size(), deadline, engine.engine()));
        }
        return outcomes;
    }

    private Outcome await(Future<Outcome> future, int size, long deadline, String engine) {
        try {
            return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Outcome(size, null, new TranslationException(engine + " batch overran; cancelled", true, e));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return new Outcome(size, null, new TranslationException("interrupted waiting for " + engine, true, e));
        } catch (ExecutionException e) {
            TranslationException failure =
                    new TranslationException(engine + " failed: " + e.getCause(), false, e.getCause());
            return new Outcome(size, null, failure);
        }
    }

    private Outcome callOne(Translator engine, EngineGate gate, List<String> batch, String from, String to) {
        long start = System.nanoTime();
        try {
            List<String> translated = gate.call(() -> engine.translate(batch, from, to), config.timeout());
            if (translated == null || translated.size() != batch.size()) {
                throw new TranslationException(
                        engine.engine() + " returned "
                                + (translated == null ? "nothing" : translated.size() + " translations") + " for "
                                + batch.size() + " texts",
                        false);
            }
            metrics.call(engine.engine(), System.nanoTime() - start, batch.size(), words(batch), "success");
            return new Outcome(batch.size(), List.copyOf(translated), null);
        } catch (TranslationException e) {
            metrics.call(
                    engine.engine(),
                    System.nanoTime() - start,
                    batch.size(),
                    words(batch),
                    e.retriable() ? "retriable" : "permanent");
            return new Outcome(batch.size(), null, e);
        } catch (RuntimeException e) {
            // an adapter bug must not take the caller down: count it as a permanent failure of this engine
            metrics.call(engine.engine(), System.nanoTime() - start, batch.size(), words(batch), "permanent");
            return new Outcome(batch.size(), null, new TranslationException(engine.engine() + " threw " + e, false, e));
        }
    }

    private static long words(List<String> batch) {
        long words = 0;
        for (String text : batch) {
            words += text.isBlank() ? 0 : text.strip().split("\\s+").length;
        }
        return words;
    }
}
