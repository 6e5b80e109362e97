package io.kawat.enrich.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns a story body into clean plain-text paragraphs.
 *
 * <p>The body HTML is already sanitised by ingest; here it is only flattened: every block element that holds text
 * directly (p, li, headings, blockquote, pre, td, or a div with no block children) becomes one paragraph, with
 * whitespace collapsed. When the HTML yields nothing, the plain-text body is split on blank lines.
 */
public final class TextCleaner {

    private static final String BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, td, dd, dt, figcaption";
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u200B]+");

    /** Paragraphs of the body, preferring the HTML and falling back to the plain text. */
    public List<String> paragraphs(String bodyHtml, String bodyText) {
        List<String> fromHtml = bodyHtml == null || bodyHtml.isBlank() ? List.of() : fromHtml(bodyHtml);
        if (!fromHtml.isEmpty()) {
            return fromHtml;
        }
        return bodyText == null ? List.of() : fromText(bodyText);
    }

    /** Collapses runs of whitespace (including no-break and zero-width spaces) into single spaces. */
    public static String normaliseSpace(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    List<String> fromHtml(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select("script, style, iframe, noscript, figure img, table caption").remove();
        List<String> out = new ArrayList<>();
        for (Element el : doc.body().select(BLOCKS + ", div")) {
            if (isLeafBlock(el)) {
                add(out, el.text());
            }
        }
        if (out.isEmpty()) {
            add(out, doc.body().text());
        }
        return List.copyOf(out);
    }

    List<String> fromText(String text) {
        List<String> out = new ArrayList<>();
        for (String part : BLANK_LINES.split(text.replace("\r\n", "\n"))) {
            add(out, part);
        }
        return List.copyOf(out);
    }

    private static boolean isLeafBlock(Element el) {
        // A block nested in another listed block (li inside li, p inside blockquote) is taken once, at the innermost
        // level.
        return el.select(BLOCKS + ", div").size() == 1;
    }

    private static void add(List<String> out, String raw) {
        String clean = normaliseSpace(raw);
        if (!clean.isEmpty()) {
            out.add(clean);
        }
    }
}
