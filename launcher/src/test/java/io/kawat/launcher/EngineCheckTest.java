package io.kawat.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.launcher.internal.EngineCheck;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EngineCheckTest {

    @Test
    void shouldNameTheUntranslatedEditionsAndTheExactInstallCommandWhenApertiumIsMissing() {
        Map<String, List<String>> coverage = new LinkedHashMap<>();
        coverage.put("es", List.of());
        coverage.put("id", List.of());

        String line = EngineCheck.line(coverage, false);

        assertThat(line)
                .startsWith("Translation: editions es, id stay untranslated (English text with a note)")
                .contains("For es: Apertium is not installed: sudo apt-get install -y apertium apertium-eng-spa"
                        + " (or ./kawat up --install-engines)")
                .contains("For id no offline engine exists here: set translation.openai.url")
                .doesNotContain("\n");
        assertThat(EngineCheck.packagesFor(coverage, false)).containsExactly("apertium", "apertium-eng-spa");
    }

    @Test
    void shouldAskOnlyForThePairWhenApertiumIsThere() {
        Map<String, List<String>> coverage = new LinkedHashMap<>();
        coverage.put("es", List.of());

        assertThat(EngineCheck.line(coverage, true))
                .isEqualTo(
                        "Translation: edition es stays untranslated (English text with a note). For es install"
                                + " the Apertium pair: sudo apt-get install -y apertium-eng-spa (or ./kawat up --install-engines)");
        assertThat(EngineCheck.packagesFor(coverage, true)).containsExactly("apertium-eng-spa");
    }

    @Test
    void shouldNameTheEnginesOfTranslatedEditions() {
        Map<String, List<String>> coverage = new LinkedHashMap<>();
        coverage.put("es", List.of("apertium", "deepl"));
        coverage.put("id", List.of());

        assertThat(EngineCheck.line(coverage, true))
                .startsWith("Translation: edition id stays untranslated (English text with a note); es by apertium,"
                        + " then deepl. For id no offline engine");
        assertThat(EngineCheck.packagesFor(coverage, true)).isEmpty();
        assertThat(EngineCheck.line(Map.of("es", List.of("apertium")), true)).isEqualTo("Translation: es by apertium");
    }

    @Test
    void shouldFindAnExecutableOnThePath() {
        assertThat(EngineCheck.onPath("sh")).isTrue();
        assertThat(EngineCheck.onPath("no-such-kawat-command")).isFalse();
    }
}
