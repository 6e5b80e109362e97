package io.kawat.translate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WhitespaceRepairTest {

    @Test
    void shouldRestoreSourceEdgesAndDropBlanksLeftByDroppedPronouns() {
        assertThat(WhitespaceRepair.repair("  He said hi.\n", "\n Dijo hola. ", false))
                .isEqualTo("  Dijo hola.\n");
        assertThat(WhitespaceRepair.repair("<p>I have <i>two</i> dogs.</p>", "<p> Tengo <i>dos</i> perros.</p>", true))
                .isEqualTo("<p>Tengo <i>dos</i> perros.</p>");
        assertThat(WhitespaceRepair.repair("and he said", "y  dijo", false)).isEqualTo("y dijo");
    }

    @Test
    void shouldKeepBlanksTheSourceHad() {
        assertThat(WhitespaceRepair.repair("<b>big</b> house", "<b>grande</b> casa", true))
                .isEqualTo("<b>grande</b> casa");
        assertThat(WhitespaceRepair.repair("a  b", "x  y", false)).isEqualTo("x  y");
    }
}
