package io.kawat.enrich.internal.language;

/**
 * Outcome of language identification.
 *
 * @param language the language to use downstream (ISO 639-1): detected, or the declared one, or "und"
 * @param confidence confidence of the detected language, 0..1
 * @param detected the most likely language according to the detector, or "und" when there was nothing to detect
 * @param declared the provider's declared language normalised to ISO 639-1, or null
 */
public record LanguageResult(String language, double confidence, String detected, String declared) {}
