package io.kawat.ingest.internal.safety;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans provider HTML with a jsoup {@link Safelist} close to {@code Safelist.relaxed()}.
 *
 * <p>Before the safelist runs, whole elements whose content must not survive as text are removed (script, style,
 * iframe, object, embed, forms and their controls, templates, SVG, page headers and navigation), as are tracking
 * pixels: images of at most 1x1 pixel or hidden by style. The safelist then drops every attribute it does not know
 * (so every {@code on*} handler and {@code style}) and every URL whose scheme is not http(s) or mailto
 * ({@code javascript:}, {@code data:}, {@code vbscript:}). Relative links are made absolute against the item's URL
 * when there is one, and dropped otherwise. Links get {@code rel="nofollow noopener noreferrer"}.
 */
public final class HtmlSanitizer {

    private static final String REMOVED_WITH_CONTENT = "script, style, iframe, frame, frameset, object, embed, applet, "
            + "form, input, button, select, textarea, noscript, template, svg, math, link, meta, base, head, title, "
            + "header, nav";

    private final Safelist safelist;

    public HtmlSanitizer() {
        safelist = Safelist.relaxed()
                .addTags("figure", "figcaption", "hr", "s", "abbr", "time")
                .addAttributes("abbr", "title")
                .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer")
                .removeProtocols("a", "href", "ftp");
    }

    /**
     * Sanitises {@code html}.
     *
     * @param baseUri the item's URL for resolving relative links, or null
     * @param headline when given, a leading h1/h2 repeating the headline is dropped
     */
    public SanitizedHtml sanitize(String html, String baseUri, String headline) {
        if (html == null || html.isBlank()) {
            return SanitizedHtml.EMPTY;
        }
        Document dirty = Jsoup.parseBodyFragment(html, baseUri == null ? "" : baseUri);
        dirty.select(REMOVED_WITH_CONTENT).remove();
        dirty.select("img").stream().filter(HtmlSanitizer::isTrackingPixel).forEach(Element::remove);
        dropRepeatedHeadline(dirty, headline);
        Document clean = new Cleaner(safelist).clean(dirty);
        clean.select("img:not([src])").remove();
        clean.select("a:not([href])").unwrap();
        clean.select("p, div, span, li").stream()
                .filter(e -> !e.hasText() && e.select("img, br, hr, table").isEmpty())
                .forEach(Element::remove);
        clean.outputSettings().prettyPrint(false);
        String safeHtml = clean.body().html().trim();
        return new SanitizedHtml(safeHtml, PlainTextRenderer.render(clean.body()));
    }

    /** Plain text of an HTML fragment without keeping the HTML, e.g. for headlines and summaries. */
    public String toPlainText(String html) {
        if (html == null || html.isBlank()) {
            return html == null ? null : "";
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select(REMOVED_WITH_CONTENT).remove();
        return PlainTextRenderer.render(doc.body());
    }

    static boolean isTrackingPixel(Element img) {
        String style = img.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        if (style.contains("display:none") || style.contains("visibility:hidden")) {
            return true;
        }
        return isTiny(img.attr("width"))
                || isTiny(img.attr("height"))
                || style.contains("width:1px")
                || style.contains("height:1px")
                || style.contains("width:0")
                || style.contains("height:0");
    }

    private static boolean isTiny(String dimension) {
        String digits = dimension.trim().toLowerCase(Locale.ROOT).replace("px", "");
        if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) || digits.length() > 6) {
            return false;
        }
        return Integer.parseInt(digits) <= 1;
    }

    private static void dropRepeatedHeadline(Document doc, String headline) {
        if (headline == null || headline.isBlank()) {
            return;
        }
        Element first = doc.selectFirst("h1, h2");
        if (first != null && normalise(first.text()).equals(normalise(headline))) {
            first.remove();
        }
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }
}
