package io.kawat.training.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConllTest {

    @Test
    void shouldReadIob1NamesDocumentsAndMapTypes() {
        List<NerSentence> s = Conll.parse(List.of(
                "-DOCSTART- O",
                "",
                "Joko I-PER",
                "Widodo I-PER",
                "visited O",
                "Jakarta I-LOC",
                "with O",
                "Windows I-MISC",
                ".",
                "",
                "-DOCSTART- O",
                "",
                "UN I-ORG",
                "and O",
                "EU B-ORG"));

        assertThat(s).hasSize(2);
        assertThat(s.get(0).document()).isZero();
        assertThat(s.get(1).document()).isEqualTo(1);
        assertThat(s.get(0).names())
                .containsExactly(new NerSentence.Name(0, 2, "PERSON"), new NerSentence.Name(3, 4, "PLACE"));
        assertThat(s.get(1).names())
                .containsExactly(
                        new NerSentence.Name(0, 1, "ORGANISATION"), new NerSentence.Name(2, 3, "ORGANISATION"));
    }

    @Test
    void shouldSplitAdjacentIob2NamesAndCountSentencesAsDocumentsWithoutDocstart() {
        List<NerSentence> s = Conll.parse(
                List.of("Apple\tB-corporation", "Google\tB-corporation", "Inc\tI-corporation", "", "Bali\tB-location"));

        assertThat(s.get(0).names())
                .containsExactly(
                        new NerSentence.Name(0, 1, "ORGANISATION"), new NerSentence.Name(1, 3, "ORGANISATION"));
        assertThat(s.get(1).document()).isEqualTo(1);
    }
}
