package io.kawat.training.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NerScoreTest {

    @Test
    void shouldCountOnlyExactSpanAndType() {
        NerScore score = new NerScore();
        score.add(
                Set.of(new NerScore.Item("0:5", "PERSON"), new NerScore.Item("10:15", "PLACE")),
                Set.of(
                        new NerScore.Item("0:5", "PERSON"),
                        new NerScore.Item("10:15", "ORGANISATION"),
                        new NerScore.Item("20:22", "PLACE")));

        assertThat(score.precision()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(score.recall()).isCloseTo(0.5, within(1e-9));
        assertThat(score.f1("PERSON")).isEqualTo(1.0);
        assertThat(score.f1("PLACE")).isZero();
        assertThat(score.gold("PLACE")).isEqualTo(1);
    }
}
