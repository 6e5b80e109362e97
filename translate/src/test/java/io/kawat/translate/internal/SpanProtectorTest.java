package io.kawat.translate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpanProtectorTest {

    @Test
    void shouldReplaceTermsNumbersUrlsAndEmailsWithDigitTokensWhenMasking() {
        MaskedText masked = SpanProtector.mask(
                "Joko Widodo told jw@example.id about 1,200 jobs at www.example.id/jobs, " + "Joko Widodo said.",
                Set.of("Joko Widodo", "Joko"),
                false);

        assertThat(masked.text()).isEqualTo("90001 told 90002 about 90003 jobs at 90004, 90001 said.");
        assertThat(masked.originalByToken())
                .isEqualTo(Map.of(
                        "90001",
                        "Joko Widodo",
                        "90002",
                        "jw@example.id",
                        "90003",
                        "1,200",
                        "90004",
                        "www.example.id/jobs"));
    }

    @Test
    void shouldMatchTermsOnlyAsWholeWords() {
        MaskedText masked = SpanProtector.mask("Bakery owner Baker met Bakers.", Set.of("Baker"), false);

        assertThat(masked.text()).isEqualTo("Bakery owner 90001 met Bakers.");
    }

    @Test
    void shouldLeaveTagsCommentsAndEntitiesAloneWhenMaskingHtml() {
        String html =
                "<p data-id=\"42\">Ana &amp; 3 friends <!-- 7 --><a href=\"https://x.org/5\">https://x.org/5</a></p>";

        MaskedText masked = SpanProtector.mask(html, Set.of("Ana"), true);

        assertThat(masked.text())
                .isEqualTo(
                        "<p data-id=\"42\">90001 &amp; 90002 friends <!-- 7 --><a href=\"https://x.org/5\">90003</a></p>");
        assertThat(
                        masked.restore(
                                "<p data-id=\"42\">90001 &amp; 90002 amigos <!-- 7 --><a href=\"https://x.org/5\">90003</a></p>"))
                .contains(
                        "<p data-id=\"42\">Ana &amp; 3 amigos <!-- 7 --><a href=\"https://x.org/5\">https://x.org/5</a></p>");
    }

    @Test
    void shouldRestoreSpansWhereverTheEngineMovedThem() {
        MaskedText masked = SpanProtector.mask("Mr Baker paid 5 dollars in G20 talks", Set.of("Baker"), false);

        assertThat(masked.text()).isEqualTo("Mr 90001 paid 90002 dollars in G90003 talks");
        assertThat(masked.restore("En las conversaciones G90003, el señor 90001 pagó 90002 dólares"))
                .contains("En las conversaciones G20, el señor Baker pagó 5 dólares");
    }

    @Test
    void shouldRefuseRestoringWhenEngineLostOrAlteredAPlaceholder() {
        MaskedText masked = SpanProtector.mask("Baker paid 5", Set.of("Baker"), false);

        assertThat(masked.restore("90001 pagó")).isEmpty();
        assertThat(masked.restore("90001 pagó 90.002")).isEmpty();
        assertThat(masked.restore("90001 pagó 900021")).isEmpty();
    }

    @Test
    void shouldTrimTrailingPunctuationFromUrls() {
        MaskedText masked = SpanProtector.mask("See (https://example.com/a?b=1).", Set.of(), false);

        assertThat(masked.originalByToken()).isEqualTo(Map.of("90001", "https://example.com/a?b=1"));
        assertThat(masked.text()).isEqualTo("See (90001).");
    }

    @Test
    void shouldLeaveTextWithoutSpansUnchanged() {
        MaskedText masked = SpanProtector.mask("The house is red.", Set.of(" ", ""), false);

        assertThat(masked.text()).isEqualTo("The house is red.");
        assertThat(masked.restore("La casa es roja.")).contains("La casa es roja.");
    }
}
