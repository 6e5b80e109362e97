package io.kawat.translate;

import io.kawat.translate.internal.EngineCascade;
import io.kawat.translate.internal.EngineGate;
import io.kawat.translate.internal.Markup;
import io.kawat.translate.internal.MaskedText;
import io.kawat.translate.internal.SpanProtector;
import io.kawat.translate.internal.TranslationMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the engine per language pair from configuration with a fallback order; protects spans; caches; batches;
 * bounds concurrency per engine.
 *
 * <p>It never throws for an engine's failure and never waits without bound: each text comes back
 * {@link TranslationOutcome#TRANSLATED}, {@link TranslationOutcome#UNSUPPORTED_PAIR} (no configured engine that is
 * present supports the pair) or failed, retriable or not (every candidate engine failed; the caller keeps the source
 * article and retries later). Protected spans (the caller's terms, such as entity names and quotes' speakers, plus
 * every URL, e-mail address and number) come back verbatim; HTML tags are never touched. An engine that answers
 * 429 or 456 with a wait is skipped for that long. Safe for concurrent use; {@link #close()} stops its threads.
 */
public final class TranslationService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TranslationService.class);

    private final TranslationConfig config;
    private final Map<String, Translator> engines;
    private final TranslationMetrics metrics;
    private final ExecutorService executor;
    private final EngineCascade cascade;

    public TranslationService(
            TranslationConfig config, List<Translator> engines, TranslationCache cache, MeterRegistry metrics) {
        this(config, engines, cache, metrics, Clock.systemUTC());
    }

    TranslationService(
            TranslationConfig config,
            List<Translator> engines,
            TranslationCache cache,
            MeterRegistry registry,
            Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.engines = new LinkedHashMap<>();
        for (Translator engine : engines) {
            if (this.engines.putIfAbsent(engine.engine(), engine) != null) {
                throw new IllegalArgumentException("two engines are named " + engine.engine());
            }
        }
        this.metrics = new TranslationMetrics(registry);
        Map<String, EngineGate> gates = new LinkedHashMap<>();
        for (String name : this.engines.keySet()) {
            EngineGate gate = new EngineGate(name, config.maxConcurrency(name), clock);
            this.metrics.gate(gate, name);
            gates.put(name, gate);
        }
        warnAboutMissingEngines();
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "kawat-translate-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.cascade = new EngineCascade(config, Objects.requireNonNull(cache, "cache"), gates, this.metrics, executor);
    }

    /**
     * Translates texts (plain text or simple HTML fragments), in order: one {@link Translation} per text.
     *
     * @param from           source language, ISO 639-1
     * @param to             target language, ISO 639-1
     * @param protectedTerms spans to keep verbatim (entity names, quotes' speakers); numbers and URLs are found here
     */
    public List<Translation> translate(List<String> texts, String from, String to, Set<String> protectedTerms) {
        String source = from.strip().toLowerCase(Locale.ROOT);
        String target = to.strip().toLowerCase(Locale.ROOT);
        Translation[] results = new Translation[texts.size()];
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = Objects.requireNonNull(texts.get(i), "texts must not hold null");
            if (source.equals(target) || text.isBlank()) {
                results[i] = Translation.translated(text, Translation.IDENTITY);
            } else {
                pending.add(i);
            }
        }
        if (!pending.isEmpty()) {
            List<Translator> candidates = candidates(source, target);
            if (candidates.isEmpty()) {
                pending.forEach(i -> results[i] = Translation.unsupported());
            } else {
                Map<String, String> glossary = config.glossaryFor(source, target);
                List<MaskedText> masked = new ArrayList<>();
                for (int i = 0; i < texts.size(); i++) {
                    String text = texts.get(i);
                    masked.add(
                            results[i] != null
                                    ? null
                                    : SpanProtector.mask(text, protectedTerms, glossary, Markup.isHtml(text)));
                }
                cascade.run(masked, pending, candidates, source, target, results);
            }
        }
        for (Translation result : results) {
            metrics.outcome(result.engine(), result.outcome());
        }
        return List.of(results);
    }

    /** The configured engines for the pair that are present and support it, in fallback order. */
    private List<Translator> candidates(String from, String to) {
        List<Translator> candidates = new ArrayList<>();
        for (String name : config.enginesFor(from, to)) {
            Translator engine = engines.get(name);
            if (engine != null && engine.supports(from, to)) {
                candidates.add(engine);
            }
        }
        return candidates;
    }

    private void warnAboutMissingEngines() {
        config.enginesByPair()
                .forEach((pair, names) -> names.stream()
                        .filter(n -> !engines.containsKey(n))
                        .forEach(n -> LOG.warn(
                                "Translation engine '{}' is configured for {} but not available; skipping it",
                                n,
                                pair)));
    }

    /** Stops the engines' threads: calls in flight are interrupted (an Apertium process is killed). */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)) {
                LOG.warn("Translation threads still running 10 s after close");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** True once {@link #close()} stopped every thread. */
    public boolean closed() {
        return executor.isTerminated();
    }
}
