package io.kawat.enrich.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

    private final TextCleaner cleaner = new TextCleaner();

    @Test
    void shouldReturnOneParagraphPerBlockWhenBodyIsHtml() {
        String html = "<p>First  paragraph&nbsp;here.</p><div><p>Second <b>bold</b> one.</p></div>"
                + "<ul><li>Item one</li><li>Item two</li></ul><script>alert(1)</script>";

        assertThat(cleaner.paragraphs(html, "ignored"))
                .containsExactly("First paragraph here.", "Second bold one.", "Item one", "Item two");
    }

    @Test
    void shouldSplitOnBlankLinesWhenOnlyPlainTextIsGiven() {
        assertThat(cleaner.paragraphs("", "One line\nsame paragraph.\n\n  \nTwo.\r\n\r\nThree."))
                .containsExactly("One line same paragraph.", "Two.", "Three.");
    }

    @Test
    void shouldKeepLooseTextWhenHtmlHasNoBlocks() {
        assertThat(cleaner.paragraphs("Just <i>text</i> with a<br>break", null))
                .containsExactly("Just text with a break");
    }
}
