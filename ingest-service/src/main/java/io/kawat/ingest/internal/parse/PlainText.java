package io.kawat.ingest.internal.parse;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * Turns plain wire text into paragraphs. Text with blank lines is split on them (single line breaks inside a
 * paragraph are hard wraps); text without blank lines has one paragraph per line.
 */
final class PlainText {

    private PlainText() {}

    static List<String> paragraphs(String text) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        boolean blankSeparated = normalised.matches("(?s).*\\n[ \\t]*\\n.*");
        String[] chunks = normalised.split(blankSeparated ? "\\n[ \\t]*\\n" : "\\n");
        List<String> out = new ArrayList<>();
        for (String chunk : chunks) {
            String p = Texts.clean(chunk);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    static String toHtml(String text) {
        StringBuilder html = new StringBuilder();
        for (String p : paragraphs(text)) {
            html.append("<p>").append(Entities.escape(p)).append("</p>");
        }
        return html.toString();
    }
}
