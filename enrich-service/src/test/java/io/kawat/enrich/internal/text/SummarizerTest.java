package io.kawat.enrich.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummarizerTest {

    private final Summarizer summarizer = new Summarizer();

    @Test
    void shouldUseStandfirstWhenProviderGivesOne() {
        assertThat(summarizer.summarise("  The  standfirst. ", List.of("Body sentence.")))
                .isEqualTo("The standfirst.");
    }

    @Test
    void shouldTakeLeadSentencesWithoutDatelineWhenThereIsNoStandfirst() {
        List<String> body = List.of(
                "BRUSSELS (Reuters) - NATO ministers met on Wednesday. They discussed a fund for Ukraine.",
                "U.S. Secretary of State Antony Blinken said support was solid. Then " + "more words ".repeat(20)
                        + "came.");

        assertThat(summarizer.summarise(null, body))
                .isEqualTo("NATO ministers met on Wednesday. They discussed a fund "
                        + "for Ukraine. U.S. Secretary of State Antony Blinken said support was solid.");
    }

    @Test
    void shouldCutAtSixtyWordsWhenTheFirstSentenceIsLonger() {
        String longSentence = "word ".repeat(80).trim() + ".";

        String summary = summarizer.summarise(null, List.of(longSentence));

        assertThat(summary).endsWith(" …");
        assertThat(Words.tokens(summary)).hasSize(60);
    }

    @Test
    void shouldReturnNullWhenThereIsNoText() {
        assertThat(summarizer.summarise(null, List.of())).isNull();
    }

    @Test
    void shouldNotSplitSentencesAtAbbreviations() {
        assertThat(new SentenceSplitter().split("Mr. Blinken met U.S. allies. Then he left! Why? \"Because.\""))
                .containsExactly("Mr. Blinken met U.S. allies.", "Then he left!", "Why?", "\"Because.\"");
    }
}
