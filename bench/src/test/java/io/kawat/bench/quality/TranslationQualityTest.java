package io.kawat.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.translate.Translator;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranslationQualityTest {

    @Test
    void shouldProtectNamesButNotWordsThatMerelyOpenASentence() {
        assertThat(TranslationQuality.names(
                        List.of("There is consternation among AMs in Cardiff. Welsh Labour said so.")))
                .containsExactlyInAnyOrder("AMs", "Cardiff", "Welsh Labour");
        assertThat(TranslationQuality.spansOf("Theresa May met 27 leaders on 3.5 issues"))
                .containsExactlyInAnyOrder("Theresa May", "27", "3.5");
    }

    @Test
    void shouldScoreWhatAnArticleWouldShowAndCountIntactSpans() throws Exception {
        Translator echo = new Translator() {
            @Override
            public String engine() {
                return "echo";
            }

            @Override
            public boolean supports(String from, String to) {
                return true;
            }

            @Override
            public List<String> translate(List<String> texts, String from, String to) {
                return texts.stream().map(t -> t.replace("house", "casa")).toList();
            }
        };
        List<String> sources = List.of("The house of Theresa May", "A house for 3 people");
        List<String> references = List.of("The casa of Theresa May", "A casa for 3 people");

        TranslationQuality.Run off = TranslationQuality.run(echo, "en-es", "en", "es", sources, references, false);
        TranslationQuality.Run on = TranslationQuality.run(echo, "en-es", "en", "es", sources, references, true);

        assertThat(off.chrf()).isCloseTo(100.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(on.bleu()).isCloseTo(100.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(on.withSpans()).isEqualTo(2);
        assertThat(on.spansIntact()).isEqualTo(2);
        assertThat(on.failed()).isZero();
    }
}
