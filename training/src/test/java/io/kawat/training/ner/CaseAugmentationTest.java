package io.kawat.training.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseAugmentationTest {

    private static final NerSentence SENTENCE = new NerSentence(
            List.of("the", "mayor", "of", "Surabaya", "spoke"), List.of(new NerSentence.Name(3, 4, "PLACE")), 0);

    @Test
    void shouldAddUpperAndTitleCaseCopiesKeepingTheNames() {
        List<NerSentence> many = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            many.add(SENTENCE);
        }

        List<NerSentence> out = CaseAugmentation.augment(many, 0.1, 0.2, 7);

        long upper = out.stream().filter(s -> s.tokens().get(0).equals("THE")).count();
        long title = out.stream().filter(s -> s.tokens().get(0).equals("The")).count();
        assertThat(out.subList(0, 1000)).containsOnly(SENTENCE);
        assertThat(upper).isBetween(60L, 140L);
        assertThat(title).isBetween(150L, 250L);
        assertThat(out.size()).isEqualTo(1000 + upper + title);
        assertThat(out.get(1000).names()).isEqualTo(SENTENCE.names());
        assertThat(out.stream()
                        .filter(s -> s.tokens().get(0).equals("THE"))
                        .findFirst()
                        .orElseThrow()
                        .tokens())
                .containsExactly("THE", "MAYOR", "OF", "SURABAYA", "SPOKE");
    }

    @Test
    void shouldBeDeterministicForASeed() {
        List<NerSentence> many = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            many.add(SENTENCE);
        }
        assertThat(CaseAugmentation.augment(many, 0.3, 0.3, 1)).isEqualTo(CaseAugmentation.augment(many, 0.3, 0.3, 1));
    }
}
