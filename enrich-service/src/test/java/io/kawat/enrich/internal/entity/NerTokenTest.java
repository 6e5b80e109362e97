package io.kawat.enrich.internal.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NerTokenTest {

    @Test
    void shouldTokenizeLikeConllAndCutSentences() {
        String text = "Mr. Obama's visit to the U.S. ended.\nJakarta-based firm, PT Pertamina (Persero) said";

        List<List<NerToken>> sentences = NerToken.sentences(text);

        assertThat(sentences).hasSize(2);
        assertThat(NerToken.texts(sentences.get(0)))
                .containsExactly("Mr.", "Obama", "'s", "visit", "to", "the", "U.S.", "ended", ".");
        assertThat(NerToken.texts(sentences.get(1)))
                .containsExactly("Jakarta-based", "firm", ",", "PT", "Pertamina", "(", "Persero", ")", "said");
        NerToken obama = sentences.get(0).get(1);
        assertThat(text.substring(obama.start(), obama.end())).isEqualTo("Obama");
    }
}
