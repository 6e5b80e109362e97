package io.kawat.enrich.internal.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.enrich.internal.text.Words;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinHasherTest {

    private static final String TEXT = "NATO foreign ministers on Wednesday discussed a proposal to create a five-year "
            + "fund for military aid to Ukraine as the alliance sought to shield its support for Kyiv from shifts in "
            + "politics and Stoltenberg said allies must make long-term commitments so that Ukraine can count on support";

    private final MinHasher hasher = new MinHasher();

    @Test
    void shouldEstimateHighSimilarityWhenTextIsLightlyEdited() {
        long[] a = hasher.signature(Words.lowerTokens(TEXT));
        long[] b = hasher.signature(Words.lowerTokens(TEXT.replace("on Wednesday", "on Wednesday in Brussels")));

        assertThat(MinHasher.jaccard(a, b)).isGreaterThan(0.6);
        assertThat(hasher.bandKeys(a)).hasSize(MinHasher.BANDS).containsAnyElementsOf(hasher.bandKeys(b));
    }

    @Test
    void shouldEstimateLowSimilarityWhenTextsDiffer() {
        long[] a = hasher.signature(Words.lowerTokens(TEXT));
        long[] b = hasher.signature(Words.lowerTokens("A magnitude 6.2 earthquake struck off the coast of West Java "
                + "on Saturday night damaging dozens of houses and sending residents running into the streets"));

        assertThat(MinHasher.jaccard(a, b)).isLessThan(0.1);
    }

    @Test
    void shouldGiveTheSameSignatureWhenHashingTwice() {
        assertThat(new MinHasher().signature(Words.lowerTokens(TEXT)))
                .isEqualTo(hasher.signature(Words.lowerTokens(TEXT)));
        assertThat(hasher.signature(List.of())).isEmpty();
        assertThat(hasher.signature(List.of("short", "text"))).hasSize(MinHasher.HASHES);
    }
}
