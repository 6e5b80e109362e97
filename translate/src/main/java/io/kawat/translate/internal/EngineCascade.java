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
 * every placeholder comes back. A plain text whose translation lost a placeholder is sent again to the same engine
 * cut into the stretches between its placeholders, which cannot lose one (the names, numbers and links stay exactly
 * as they were, at some cost in fluency around them); whatever is left (failed batch, a lost span in HTML, paused
 * engine) goes to the next engine.
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
                List<Integer> lost = new ArrayList<>();
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
                            lost,
                            results);
                }
                rescue(lost, masked, engine, gate, from, to, results);
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
            List<Integer> lost,
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
                    lost.add(i);
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

    /**
     * Translates each lost-span text again as the stretches between its placeholders (HTML is not cut: a stretch
     * could split a tag). Stretches without a letter are kept as they are; each stretch keeps its own leading and
     * trailing white space. The result is cached in its masked form, like any translation.
     */
    private void rescue(
            List<Integer> lost,
            List<MaskedText> masked,
            Translator engine,
            EngineGate gate,
            String from,
            String to,
            Translation[] results) {
        for (int i : lost) {
            MaskedText text = masked.get(i);
            if (text.html() || results[i] != null) {
                continue;
            }
            List<String> stretches = new ArrayList<>(text.stretches());
            List<Integer> sent = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (int k = 0; k < stretches.size(); k++) {
                if (stretches.get(k).codePoints().anyMatch(Character::isLetter)) {
                    sent.add(k);
                    texts.add(stretches.get(k).strip());
                }
            }
            List<String> translated = new ArrayList<>();
            for (BatchCaller.Outcome outcome : batches.call(engine, gate, texts, from, to)) {
                if (outcome.failure() != null) {
                    translated = null;
                    break;
                }
                translated.addAll(outcome.translations());
            }
            if (translated == null || translated.size() != sent.size()) {
                continue; // the next engine may do better
            }
            for (int n = 0; n < sent.size(); n++) {
                String original = stretches.get(sent.get(n));
                String lead = original.substring(0, original.indexOf(original.strip()));
                String trail =
                        original.substring(lead.length() + original.strip().length());
                stretches.set(sent.get(n), lead + translated.get(n).strip() + trail);
            }
            String joined = text.join(stretches);
            String restored = text.restore(joined).orElse(null);
            if (restored != null) {
                cache.put(TranslationCache.key(text.text(), from, to, engine.engine()), joined);
                metrics.rescuedSpans(engine.engine());
                results[i] = Translation.translated(restored, engine.engine());
            }
        }
    }
}
