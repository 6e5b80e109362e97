package io.kawat.ingest.internal.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Renders an HTML element as plain text: one paragraph per block element, paragraphs separated by blank lines. */
final class PlainTextRenderer implements NodeVisitor {

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "ul",
            "ol",
            "blockquote",
            "pre",
            "table",
            "tr",
            "figure",
            "figcaption",
            "section",
            "article",
            "dl",
            "dt",
            "dd",
            "hr",
            "body",
            "caption",
            "thead",
            "tbody",
            "tfoot",
            "main",
            "aside",
            "footer",
            "address");

    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int preDepth;

    private PlainTextRenderer() {}

    static String render(Element root) {
        PlainTextRenderer renderer = new PlainTextRenderer();
        NodeTraversor.traverse(renderer, root);
        renderer.flush();
        return String.join("\n\n", renderer.paragraphs);
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            String whole = text.getWholeText();
            current.append(preDepth > 0 ? whole : whole.replaceAll("\\s+", " "));
        } else if (node instanceof Element el) {
            if (el.normalName().equals("pre")) {
                flush();
                preDepth++;
            } else if (el.normalName().equals("br")) {
                current.append('\n');
            } else if (el.normalName().equals("td") || el.normalName().equals("th")) {
                current.append(' ');
            } else if (BLOCKS.contains(el.normalName())) {
                flush();
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element el && BLOCKS.contains(el.normalName())) {
            flush();
            if (el.normalName().equals("pre")) {
                preDepth--;
            }
        }
    }

    private void flush() {
        String[] lines = current.toString().split("\n", -1);
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            String normalised = line.replace('\u00A0', ' ')
                    .replaceAll("[ \\t\\x0B\\f\\r]+", " ")
                    .trim();
            if (!normalised.isEmpty()) {
                kept.add(normalised);
            }
        }
        if (!kept.isEmpty()) {
            paragraphs.add(String.join("\n", kept));
        }
        current.setLength(0);
    }
}
