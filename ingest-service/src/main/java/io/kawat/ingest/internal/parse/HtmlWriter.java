package io.kawat.ingest.internal.parse;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Writes the content of an XML element (inline XHTML, NITF body markup) back out as HTML for the sanitiser. Element
 * names can be renamed (NITF {@code hl2} to {@code h2}) or dropped with their content (NITF {@code media}, which
 * becomes story media instead); only a few harmless attributes are written, everything else is left to
 * {@link io.kawat.ingest.internal.safety.HtmlSanitizer}.
 */
final class HtmlWriter {

    /** NITF body elements that have an HTML counterpart of another name. */
    static final Map<String, String> NITF_TAGS = Map.of(
            "hl1",
            "h1",
            "hl2",
            "h2",
            "block",
            "div",
            "bq",
            "blockquote",
            "tagline",
            "p",
            "credit",
            "p",
            "nitf-table",
            "table");
    /** NITF elements whose content is not body text. */
    static final Set<String> NITF_DROPPED = Set.of("media", "note", "body.end", "nitf-table-metadata", "fn");

    /** A line break followed by an indent, or a blank line: a new paragraph in pre-formatted wire text. */
    private static final Pattern INDENTED_BREAK = Pattern.compile("\\n(?:[ ]{3,}|\\t)|\\n\\s*\\n");

    private static final Pattern UNINDENTED_LINE = Pattern.compile("\\n\\S");
    private static final Set<String> ATTRIBUTES =
            Set.of("href", "src", "alt", "title", "width", "height", "colspan", "rowspan", "cite", "datetime");

    private HtmlWriter() {}

    /** The inner HTML of {@code node}. */
    static String inner(XmlNode node, Map<String, String> renames, Set<String> dropped) {
        StringBuilder sb = new StringBuilder();
        writeContent(node, renames, dropped, sb);
        return sb.toString();
    }

    /** The inner HTML of {@code node}, names kept. */
    static String inner(XmlNode node) {
        return inner(node, Map.of(), Set.of());
    }

    private static void writeContent(XmlNode node, Map<String, String> renames, Set<String> dropped, StringBuilder sb) {
        for (Object c : node.content()) {
            if (c instanceof String text) {
                sb.append(Entities.escape(text));
            } else {
                writeElement((XmlNode) c, renames, dropped, sb);
            }
        }
    }

    /**
     * True for text wrapped like a wire take (Reuters): hard-wrapped lines start at the margin and paragraphs with
     * an indent. Pretty-printed XML, where every line is indented, is not taken for paragraphs.
     */
    private static boolean isPreformatted(String text) {
        return UNINDENTED_LINE.matcher(text).find()
                && INDENTED_BREAK.matcher(text).find();
    }

    private static void writeElement(XmlNode el, Map<String, String> renames, Set<String> dropped, StringBuilder sb) {
        if (dropped.contains(el.name())) {
            return;
        }
        if (el.name().equals("p") && el.children().isEmpty() && isPreformatted(el.text())) {
            for (String paragraph : INDENTED_BREAK.split(el.text())) {
                sb.append("<p>").append(Entities.escape(paragraph)).append("</p>");
            }
            return;
        }
        String tag = renames.getOrDefault(el.name(), el.name());
        sb.append('<').append(tag);
        for (String[] attr : el.attributes()) {
            if (attr[0].isEmpty() && ATTRIBUTES.contains(attr[1])) {
                sb.append(' ')
                        .append(attr[1])
                        .append("=\"")
                        .append(Entities.escape(attr[2]))
                        .append('"');
            }
        }
        sb.append('>');
        writeContent(el, renames, dropped, sb);
        sb.append("</").append(tag).append('>');
    }
}
