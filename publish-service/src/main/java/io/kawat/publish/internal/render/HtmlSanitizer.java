package io.kawat.publish.internal.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * The last step of every HTML Kawat emits: a jsoup allow-list of article markup (the "relaxed" list plus article,
 * section, header, footer, figure and figcaption, and the class and lang attributes). Scripts, styles, iframes,
 * event-handler attributes and javascript: URLs cannot pass; links may be http(s), mailto or relative; images
 * http(s) only. Thread-safe.
 */
public final class HtmlSanitizer {

    /** Only used to decide what a relative link is; never fetched and never written out. */
    private static final String BASE_URI = "https://kawat.invalid/";

    private final Safelist safelist;
    private final Document.OutputSettings output;

    /** The article allow-list. */
    public HtmlSanitizer() {
        this.safelist = Safelist.relaxed()
                .addTags("article", "section", "header", "footer", "figure", "figcaption")
                .addAttributes(":all", "class", "lang")
                .removeProtocols("a", "href", "ftp")
                .preserveRelativeLinks(true);
        this.output = new Document.OutputSettings()
                .prettyPrint(false)
                .charset("UTF-8")
                .escapeMode(Entities.EscapeMode.base);
    }

    /** The HTML fragment with everything outside the allow-list removed. */
    public String clean(String html) {
        return html == null || html.isEmpty() ? "" : Jsoup.clean(html, BASE_URI, safelist, output);
    }
}
