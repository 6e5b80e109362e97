package io.kawat.enrich.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void shouldKeepInnerPunctuationWhenTokenising() {
        assertThat(Words.tokens("U.S.-based al-Assad's 4.5% rise, 嫦娥"))
                .containsExactly("U.S", "based", "al-Assad's", "4.5", "rise", "嫦", "娥");
    }

    @Test
    void shouldRoundReadingTimeUpWhenCountingWords() {
        assertThat(Words.count(List.of("one two three", "four"))).isEqualTo(4);
        assertThat(Words.readingMinutes(0)).isZero();
        assertThat(Words.readingMinutes(1)).isEqualTo(1);
        assertThat(Words.readingMinutes(230)).isEqualTo(1);
        assertThat(Words.readingMinutes(231)).isEqualTo(2);
    }
}
