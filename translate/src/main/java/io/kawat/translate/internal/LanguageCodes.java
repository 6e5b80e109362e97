package io.kawat.translate.internal;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;

/** Converts Kawat's ISO 639-1 codes ({@code en}, {@code es}, optionally with a region: {@code pt-BR}) for engines. */
final class LanguageCodes {
    private LanguageCodes() {}

    /** The language without region, lower case: {@code pt-BR} gives {@code pt}. */
    static String base(String code) {
        String lower = code.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = lower.indexOf('-');
        return dash < 0 ? lower : lower.substring(0, dash);
    }

    /** The ISO 639-2/T (three-letter) code Apertium names its pairs with: {@code en} gives {@code eng}. */
    static Optional<String> threeLetter(String code) {
        String base = base(code);
        if (base.length() == 3) {
            return Optional.of(base);
        }
        try {
            String iso3 = Locale.forLanguageTag(base).getISO3Language();
            return iso3.isEmpty() ? Optional.empty() : Optional.of(iso3);
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
