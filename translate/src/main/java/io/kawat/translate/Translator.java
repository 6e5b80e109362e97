package io.kawat.translate;

import java.util.List;

/**
 * A machine-translation engine (the port; adapters live in {@code io.kawat.translate.internal} and are built by
 * {@link TranslationEngines}). Languages are ISO 639-1 codes in lower case ({@code en}, {@code es}, {@code id}).
 * Implementations must be safe for concurrent use; {@link TranslationService} bounds how many calls run at once.
 */
public interface Translator {

    /** A short stable name used in configuration, cache keys and metrics, e.g. {@code apertium}. */
    String engine();

    /** True when the engine can translate from {@code from} to {@code to} (both ISO 639-1). */
    boolean supports(String from, String to);

    /**
     * Translates texts (plain text or simple HTML fragments) from one language to another, in order.
     *
     * @return one translation per input text, in the same order
     * @throws TranslationException when the engine fails; {@link TranslationException#retriable()} says whether the
     *                              same call may succeed later (timeouts, rate limits, 5xx) or never will (4xx)
     */
    List<String> translate(List<String> texts, String from, String to) throws TranslationException;
}
