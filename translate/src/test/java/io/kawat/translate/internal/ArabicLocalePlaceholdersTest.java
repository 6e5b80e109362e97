package io.kawat.translate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Placeholder tokens are ASCII digits whatever the JVM's default locale: under Arabic (Saudi Arabia) {@code
 * String.format("%d")} writes Arabic-Indic digits, which the engine would pass through and the restorer (which looks
 * for ASCII digits) would never find, so every protected name, number and URL would be lost (docs/HOUSE-RULES.md).
 */
class ArabicLocalePlaceholdersTest {

    @Test
    void shouldMaskWithAsciiDigitsAndRestoreWhenTheDefaultLocaleIsArabic() {
        Locale before = Locale.getDefault();
        Locale.setDefault(new Locale("ar", "SA"));
        try {
            MaskedText masked = SpanProtector.mask("Joko Widodo opened 12 berths.", Set.of("Joko Widodo"), false);

            assertThat(masked.text()).isEqualTo("90001 opened 90002 berths.");
            assertThat(MaskedText.token(7, 3)).isEqualTo("9007");
            Optional<String> restored = masked.restore("90001 membuka 90002 dermaga.");
            assertThat(restored).contains("Joko Widodo membuka 12 dermaga.");
        } finally {
            Locale.setDefault(before);
        }
    }
}
