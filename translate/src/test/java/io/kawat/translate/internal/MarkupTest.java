package io.kawat.translate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void shouldTellHtmlFragmentsFromPlainText() {
        assertThat(Markup.isHtml("<p>The house</p>")).isTrue();
        assertThat(Markup.isHtml("Tom &amp; Jerry")).isTrue();
        assertThat(Markup.isHtml("a <br/> b")).isTrue();
        assertThat(Markup.isHtml("if a < b and c > d")).isFalse();
        assertThat(Markup.isHtml("Tom & Jerry; 5 <3")).isFalse();
    }

    @Test
    void shouldSplitFragmentIntoMarkupAndText() {
        assertThat(Markup.segments("<p class=\"a>b\">Hi &amp; bye</p>", true))
                .containsExactly(
                        new Markup.Segment("<p class=\"a>b\">", true),
                        new Markup.Segment("Hi ", false),
                        new Markup.Segment("&amp;", true),
                        new Markup.Segment(" bye", false),
                        new Markup.Segment("</p>", true));
        assertThat(Markup.splitAtTags("a<b>c</b>")).isEqualTo(List.of("a", "<b>", "c", "</b>", ""));
    }
}
