package io.kawat.translate;

import java.util.Objects;

/**
 * The result for one text.
 *
 * @param text    the translation when {@code outcome} is {@link TranslationOutcome#TRANSLATED}, otherwise null
 * @param engine  the engine that translated it (or, on failure, the last engine tried); {@value #IDENTITY} when no
 *                engine was needed (same language or blank text); null for an unsupported pair
 * @param outcome what happened
 */
public record Translation(String text, String engine, TranslationOutcome outcome) {
    /** The engine name of texts that needed no engine. */
    public static final String IDENTITY = "identity";

    public Translation {
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == TranslationOutcome.TRANSLATED && text == null) {
            throw new IllegalArgumentException("a translated text cannot be null");
        }
    }

    public static Translation translated(String text, String engine) {
        return new Translation(text, engine, TranslationOutcome.TRANSLATED);
    }

    public static Translation unsupported() {
        return new Translation(null, null, TranslationOutcome.UNSUPPORTED_PAIR);
    }

    public static Translation failed(String engine, boolean retriable) {
        return new Translation(
                null, engine, retriable ? TranslationOutcome.FAILED_RETRIABLE : TranslationOutcome.FAILED_PERMANENT);
    }

    /** True when {@link #text()} holds a translation. */
    public boolean translated() {
        return outcome == TranslationOutcome.TRANSLATED;
    }
}
