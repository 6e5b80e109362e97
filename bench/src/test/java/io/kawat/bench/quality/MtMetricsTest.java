package io.kawat.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * chrF and BLEU reproduce sacreBLEU 2.x: the expected figures are the published ones of sacreBLEU's own test suite
 * ({@code test/test_chrf.py}, {@code test/test_bleu.py}, Apache-2.0) and its README example.
 */
class MtMetricsTest {
    private static final List<String> HYPS =
            List.of("The dog bit the man.", "It wasn't surprising.", "The man had just bitten him.");
    private static final List<List<String>> REFS = List.of(
            List.of("The dog bit the man.", "It was not unexpected.", "The man bit him first."),
            List.of("The dog had bit the man.", "No one was surprised.", "The man had bitten the dog."));

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "abcdefg|hijklmnop|0.0",
                "a|b|0.0",
                "|b|0.0",
                "aa|ab|8.3333",
                "a|a|16.6667",
                "a b c|a b c|50.0",
                "a b c|abc|50.0",
                " risk assessment must be made of those who are qualified and expertise in the sector - these are the"
                        + " scientists .|risk assessment has to be undertaken by those who are qualified and expert in"
                        + " that area - that is the scientists .|63.361730",
                " Die    Beziehung zwischen  Obama und Netanjahu ist nicht gerade  freundlich. |Das Verhältnis zwischen"
                        + " Obama und Netanyahu ist nicht gerade freundschaftlich.|64.1302698",
                "Niemand hat die Absicht, eine Mauer zu errichten|Niemand hat die Absicht, eine Mauer zu errichten|100.0"
            })
    void shouldMatchSacreBleusChrFWithEpsilonSmoothing(String hyp, String ref, double expected) {
        ChrF chrf = new ChrF(6, 3, true);

        assertThat(chrf.corpus(List.of(hyp == null ? "" : hyp), List.of(List.of(ref))))
                .isCloseTo(expected, offset(1e-4));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"a|a|100.0", "|reference|0.0", "a b c|a b c|100.0", "a b c|abc|100.0", "aa|ab|25.0"})
    void shouldMatchSacreBleusChrFWithEffectiveOrder(String hyp, String ref, double expected) {
        ChrF chrf = new ChrF(6, 3, false);

        assertThat(chrf.corpus(List.of(hyp == null ? "" : hyp), List.of(List.of(ref))))
                .isCloseTo(expected, offset(1e-4));
    }

    @Test
    void shouldMatchSacreBleusChrFOverACorpusAndAtSentenceLevel() {
        assertThat(new ChrF(6, 3, true).corpus(List.of("a", "b"), List.of(List.of("a", "c"))))
                .isCloseTo(8.3333, offset(1e-4));
        assertThat(new ChrF(6, 3, false).corpus(List.of("a", "b"), List.of(List.of("a", "c"))))
                .isCloseTo(50.0, offset(1e-4));
        ChrF sentence = new ChrF(6, 2, true);
        assertThat(sentence.sentence(
                        "Co nás nejvíc trápí, protože lékaři si vybírají, kdo bude žít a kdo zemře.",
                        List.of("Nejvíce smutní jsme z toho, že musíme rozhodovat o tom, kdo bude žít a kdo zemře.")))
                .isCloseTo(39.14078509, offset(1e-4));
        assertThat(sentence.sentence(
                        "Lapali po dechu, jejich životy skončily dřív, než skutečně začaly.",
                        List.of("Lapali po dechu a pak jejich život skončil - dřív, než skutečně mohl začít,"
                                + " připomněli.")))
                .isCloseTo(57.15704367, offset(1e-4));
    }

    @Test
    void shouldMatchSacreBleusCorpusBleuOnItsReadmeExample() {
        assertThat(Bleu.corpus(HYPS, REFS).score()).isCloseTo(48.530827, offset(1e-6));
        assertThat(Bleu.corpus(HYPS, REFS, Bleu.Tokenizer.NONE).score()).isCloseTo(49.1919566, offset(1e-6));
        assertThat(Bleu.corpus(List.of("", "", ""), REFS).score()).isZero();
    }

    @Test
    void shouldMatchSacreBleusStatisticsAndScoring() {
        Bleu.Result r = Bleu.corpus(
                List.of("am I am a character sequence"), List.of(List.of("I am a symbol string sequence a a")));
        assertThat(r.correct()).containsExactly(4, 2, 1, 0);
        assertThat(r.total()).containsExactly(6, 5, 4, 3);

        assertThat(Bleu.score(new long[] {9, 7, 5, 3}, new long[] {10, 8, 6, 4}, 11, 11) / 100)
                .isCloseTo(0.8375922397, offset(1e-8));
    }

    @Test
    void shouldTokenizeAsMteval13a() {
        assertThat(Bleu.tokenize13a("It wasn't surprising."))
                .as("13a keeps apostrophes")
                .isEqualTo("It wasn't surprising .");
        assertThat(Bleu.tokenize13a("Costs rose 3.5% to $1,200 (est.) &amp; 2-3 days"))
                .isEqualTo("Costs rose 3.5 % to $ 1,200 ( est . ) & 2 - 3 days");
    }
}
