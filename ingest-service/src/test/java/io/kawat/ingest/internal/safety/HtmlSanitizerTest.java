package io.kawat.ingest.internal.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    @Test
    void shouldResolveRelativeLinksAgainstBaseWhenItemHasUrl() {
        SanitizedHtml clean = sanitizer.sanitize(
                "<p><a href=\"/world/story\">more</a> <img src=\"pic.jpg\"></p>",
                "https://news.example/section/item",
                null);

        assertThat(clean.html())
                .isEqualTo(
                        "<p><a href=\"https://news.example/world/story\" "
                                + "rel=\"nofollow noopener noreferrer\">more</a> <img src=\"https://news.example/section/pic.jpg\"></p>");
    }

    @Test
    void shouldDropRelativeLinksAndImagesWhenNoBaseIsKnown() {
        SanitizedHtml clean =
                sanitizer.sanitize("<p><a href=\"/world/story\">more</a><img src=\"pic.jpg\"></p>", null, null);

        assertThat(clean.html()).isEqualTo("<p>more</p>");
    }

    @Test
    void shouldDropRepeatedHeadlineAndPageChromeWhenBodyIsAFullPage() {
        SanitizedHtml clean = sanitizer.sanitize(
                "<html><head><title>T</title></head><body><header><ul><li>Sport</li>"
                        + "</ul></header><nav>Menu</nav><h1>The  Headline</h1><p>First.</p><h2>Sub</h2><p>Second.</p></body></html>",
                null,
                "The Headline");

        assertThat(clean.html()).isEqualTo("<p>First.</p><h2>Sub</h2><p>Second.</p>");
        assertThat(clean.text()).isEqualTo("First.\n\nSub\n\nSecond.");
    }

    @Test
    void shouldRenderLineBreaksListsAndTablesWhenMakingPlainText() {
        SanitizedHtml clean = sanitizer.sanitize(
                "<p>Line one<br>line\n two</p><ul><li>a</li><li>b</li></ul>"
                        + "<table><tr><td>x</td><td>1</td></tr></table><p>&nbsp;</p>",
                null,
                null);

        assertThat(clean.text()).isEqualTo("Line one\nline two\n\na\n\nb\n\nx 1");
    }

    @Test
    void shouldRemoveOnlyPixelsWhenImagesAreTinyOrHidden() {
        assertThat(HtmlSanitizer.isTrackingPixel(img("width=\"1\" height=\"1\"")))
                .isTrue();
        assertThat(HtmlSanitizer.isTrackingPixel(img("width=\"0\""))).isTrue();
        assertThat(HtmlSanitizer.isTrackingPixel(img("style=\"height: 1px\""))).isTrue();
        assertThat(HtmlSanitizer.isTrackingPixel(img("style=\"visibility:hidden\"")))
                .isTrue();
        assertThat(HtmlSanitizer.isTrackingPixel(img("width=\"120\" height=\"80\"")))
                .isFalse();
        assertThat(HtmlSanitizer.isTrackingPixel(img("width=\"100%\""))).isFalse();
    }

    @Test
    void shouldReturnEmptyWhenBodyIsBlankOrOnlyUnsafe() {
        assertThat(sanitizer.sanitize("  ", null, null)).isEqualTo(SanitizedHtml.EMPTY);
        assertThat(sanitizer
                        .sanitize("<script>x()</script><style>p{}</style>", null, null)
                        .html())
                .isEmpty();
    }

    private static org.jsoup.nodes.Element img(String attributes) {
        return org.jsoup.Jsoup.parseBodyFragment("<img src=\"https://t.example/p.gif\" " + attributes + ">")
                .selectFirst("img");
    }
}
