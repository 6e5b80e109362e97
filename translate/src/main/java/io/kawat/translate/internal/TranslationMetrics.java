package io.kawat.translate.internal;

import io.kawat.translate.TranslationOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;

/** The translation meters, all prefixed {@code kawat.translation}. */
public final class TranslationMetrics {
    private final MeterRegistry registry;

    public TranslationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Texts by final outcome and engine ({@code none} when no engine applied). */
    public void outcome(String engine, TranslationOutcome outcome) {
        Counter.builder("kawat.translation.texts")
                .description("Texts by outcome")
                .tag("engine", engine == null ? "none" : engine)
                .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                .register(registry)
                .increment();
    }

    /** A cache lookup for an engine. */
    public void cache(String engine, boolean hit) {
        Counter.builder("kawat.translation.cache")
                .description("Cache lookups by result")
                .tag("engine", engine)
                .tag("result", hit ? "hit" : "miss")
                .register(registry)
                .increment();
    }

    /** One engine call: how long, how many texts and words, and how it ended. */
    public void call(String engine, long nanos, int texts, long words, String result) {
        Timer.builder("kawat.translation.engine.calls")
                .description("Engine calls (one per batch)")
                .tag("engine", engine)
                .tag("result", result)
                .register(registry)
                .record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
        Counter.builder("kawat.translation.engine.texts")
                .description("Texts sent to engines")
                .tag("engine", engine)
                .register(registry)
                .increment(texts);
        Counter.builder("kawat.translation.engine.words")
                .description("Words sent to engines")
                .tag("engine", engine)
                .register(registry)
                .increment(words);
    }

    /** A translation that lost one of its protected spans and was not used. */
    public void lostSpans(String engine) {
        Counter.builder("kawat.translation.spans.lost")
                .description("Translations rejected for a lost protected span")
                .tag("engine", engine)
                .register(registry)
                .increment();
    }

    public void rescuedSpans(String engine) {
        Counter.builder("kawat.translation.spans.rescued")
                .description("Texts whose lost protected span was rescued by translating the stretches between spans")
                .tag("engine", engine)
                .register(registry)
                .increment();
    }

    /** A gauge of the calls in flight at an engine. */
    public void gate(EngineGate gate, String engine) {
        Gauge.builder("kawat.translation.engine.in.flight", gate, EngineGate::inFlight)
                .description("Engine calls in flight")
                .tag("engine", engine)
                .register(registry);
    }
}
