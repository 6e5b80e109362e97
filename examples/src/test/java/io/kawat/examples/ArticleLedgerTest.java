package io.kawat.examples;

import static io.kawat.examples.Articles.version;
import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.examples.ArticleLedger.Change;
import io.kawat.examples.ArticleLedger.Kind;
import io.kawat.schemas.avro.PubStatus;
import org.junit.jupiter.api.Test;

class ArticleLedgerTest {
    private final ArticleLedger ledger = new ArticleLedger();

    @Test
    void shouldReportNewThenUpdatedThenWithdrawn() {
        assertThat(ledger.apply("a", version("a", 1, PubStatus.USABLE, "First")))
                .map(Change::kind)
                .contains(Kind.NEW);
        assertThat(ledger.apply("a", version("a", 2, PubStatus.USABLE, "Second")))
                .map(Change::line)
                .contains("UPDATED a v2 [en] Second");
        assertThat(ledger.apply("a", version("a", 3, PubStatus.CANCELED, "Second")))
                .map(Change::kind)
                .contains(Kind.WITHDRAWN);
        assertThat(ledger.published()).isZero();
    }

    @Test
    void shouldIgnoreRepeatsAndOlderVersions() {
        ledger.apply("a", version("a", 2, PubStatus.USABLE, "Second"));

        assertThat(ledger.apply("a", version("a", 2, PubStatus.USABLE, "Second")))
                .isEmpty();
        assertThat(ledger.apply("a", version("a", 1, PubStatus.USABLE, "First")))
                .isEmpty();
        assertThat(ledger.published()).isOne();
    }

    @Test
    void shouldNotReportTheWithdrawalOfAnArticleItNeverShowed() {
        assertThat(ledger.apply("a", version("a", 4, PubStatus.CANCELED, "Gone")))
                .isEmpty();
        assertThat(ledger.apply("a", version("a", 5, PubStatus.USABLE, "Back")))
                .map(Change::kind)
                .contains(Kind.NEW);
    }

    @Test
    void shouldWithdrawOnATombstone() {
        ledger.apply("a", version("a", 1, PubStatus.USABLE, "First"));

        assertThat(ledger.apply("a", null)).map(Change::kind).contains(Kind.WITHDRAWN);
        assertThat(ledger.apply("b", null)).isEmpty();
    }
}
