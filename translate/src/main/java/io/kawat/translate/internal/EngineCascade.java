package io.kawat.translate.internal;

import io.kawat.translate.Translation;
import io.kawat.translate.TranslationCache;
import io.kawat.translate.TranslationConfig;
import io.kawat.translate.TranslationException;
import io.kawat.translate.Translator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tries the engines of a pair in order. For each engine: texts already in the cache are done; the rest (each
 * distinct masked text once) go out in batches, in parallel up to the engine's gate; a translation is kept only when
 * every placeholder comes back; whatever is left (failed batch, lost span, paused engine) goes to the next engine.
 * A text no engine translated is a retriable failure when any engine failed it for a reason that may pass.
 */
public final class EngineCascade {
    private static final Logger LOG = LoggerFactory.getLogger(EngineCascade.class);

    private final TranslationConfig config;
    private final TranslationCache cache;
    private final Map<String, EngineGate> gates;
    private final TranslationMetrics metrics;
    private final BatchCaller batches;

    public EngineCascade(
            TranslationConfig config,
            TranslationCache cache,
            Map<String, EngineGate> gates,
            TranslationMetrics metrics,
            ExecutorService executor) {
        this.config = config;
        this.cache = cache;
        this.gates = Map.copyOf(gates);
        this.metrics = metrics;
        this.batches = new BatchCaller(config, metrics, executor);
    }

    /** Fills {@code results} at the {@code pending} positions, trying {@code engines} in order. */
    public void run(
            List<MaskedText> masked,
            List<Integer> pending,
            List<Translator> engines,
            String from,
            String to,
            Translation[] results) {
        Map<Integer, Boolean> failures = new HashMap<>();
        Map<Integer, String> lastEngine = new HashMap<>();
        List<Integer> left = new ArrayList<>(pending);
        for (Translator engine : engines) {
            if (left.isEmpty()) {
                break;
            }
            String name = engine.engine();
            left.forEach(i -> lastEngine.put(i, name));
            EngineGate gate = gates.get(name);
            if (gate.paused()) {
                TranslationException paused =
                        new TranslationException(name + " asked to wait until " + gate.pausedUntil(), true);
                left.forEach(i -> failed(failures, i, paused));
                continue;
            }
            Map<String, List<Integer>> misses = fromCache(masked, left, from, to, name, results);
            if (!misses.isEmpty()) {
                List<String> texts = new ArrayList<>(misses.keySet());
                List<BatchCaller.Outcome> outcomes = batches.call(engine, gate, texts, from, to);
                for (int b = 0; b < outcomes.size(); b++) {
                    apply(
                            outcomes.get(b),
                            texts,
                            b * config.batchSize(),
                            misses,
                            masked,
                            from,
                            to,
                            name,
                            gate,
                            failures,
                            results);
                }
            }
            left.removeIf(i -> results[i] != null);
        }
        for (int i : left) {
            results[i] = Translation.failed(lastEngine.get(i), failures.getOrDefault(i, true));
        }
    }

    /** Records a failure: a text stays retriable when any engine failed it for a reason that may pass. */
    private static void failed(Map<Integer, Boolean> failures, int index, TranslationException e) {
        failures.merge(index, e.retriable(), Boolean::logicalOr);
    }

    /** Cache hits go straight to the results; the misses come back grouped by masked text (sent once each). */
    private Map<String, List<Integer>> fromCache(
            List<MaskedText> masked, List<Integer> left, String from, String to, String engine, Translation[] results) {
        Map<String, List<Integer>> misses = new LinkedHashMap<>();
        for (int i : left) {
            MaskedText text = masked.get(i);
            String restored = cache.get(TranslationCache.key(text.text(), from, to, engine))
                    .flatMap(text::restore)
                    .orElse(null);
            metrics.cache(engine, restored != null);
            if (restored != null) {
                results[i] = Translation.translated(restored, engine);
            } else {
                misses.computeIfAbsent(text.text(), t -> new ArrayList<>()).add(i);
            }
        }
        return misses;
    }

    private void apply(
            BatchCaller.Outcome outcome,
            List<String> texts,
            int offset,
            Map<String, List<Integer>> misses,
            List<MaskedText> masked,
            String from,
            String to,
            String engine,
            EngineGate gate,
            Map<Integer, Boolean> failures,
            Translation[] results) {
        if (outcome.failure() != null) {
            TranslationException e = outcome.failure();
            LOG.warn(
                    "{} failed a batch of {} texts {}-{} ({}): {}",
                    engine,
                    outcome.size(),
                    from,
                    to,
                    e.retriable() ? "retriable" : "permanent",
                    e.getMessage());
            e.retryAfter().ifPresent(gate::pause);
            for (int j = 0; j < outcome.size(); j++) {
                misses.get(texts.get(offset + j)).forEach(i -> failed(failures, i, e));
            }
            return;
        }
        for (int j = 0; j < outcome.size(); j++) {
            String source = texts.get(offset + j);
            String translated = outcome.translations().get(j);
            boolean cached = false;
            for (int i : misses.get(source)) {
                String restored = masked.get(i).restore(translated).orElse(null);
                if (restored == null) {
                    metrics.lostSpans(engine);
                    failures.merge(i, false, Boolean::logicalOr);
                    continue;
                }
                if (!cached) {
                    cache.put(TranslationCache.key(source, from, to, engine), translated);
                    cached = true;
                }
                results[i] = Translation.translated(restored, engine);
            }
        }
    }
}
