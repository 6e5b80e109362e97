package io.kawat.translate;

/** What happened to one text. */
public enum TranslationOutcome {
    /** Translated (or nothing to translate: same language, blank text). */
    TRANSLATED,
    /** No configured engine supports the language pair: the edition says the translation is unavailable. */
    UNSUPPORTED_PAIR,
    /** Every engine failed, at least one for a reason that may pass (timeout, rate limit, 5xx): retry later. */
    FAILED_RETRIABLE,
    /** Every engine failed for reasons that will not pass by themselves (bad request, authentication, lost spans). */
    FAILED_PERMANENT;

    /** True for both failure outcomes. */
    public boolean failed() {
        return this == FAILED_RETRIABLE || this == FAILED_PERMANENT;
    }
}
