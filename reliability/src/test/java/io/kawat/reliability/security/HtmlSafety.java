package io.kawat.reliability.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds executable content in HTML: script-like elements, on* handlers, javascript: (or data:/vbscript:) URLs. */
final class HtmlSafety {
    private static final List<String> ACTIVE =
            List.of("script", "iframe", "object", "embed", "frame", "applet", "base", "form", "svg", "math");

    private HtmlSafety() {}

    /** What is executable in {@code html}; empty when none. */
    static List<String> executable(String html) {
        List<String> found = new ArrayList<>();
        Document doc = Jsoup.parse(html);
        for (Element e : doc.getAllElements()) {
            if (ACTIVE.contains(e.normalName())) {
                found.add("<" + e.normalName() + ">");
            }
            for (Attribute a : e.attributes()) {
                String value = a.getValue().strip().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
                if (a.getKey().toLowerCase(Locale.ROOT).startsWith("on")) {
                    found.add(e.normalName() + " " + a.getKey() + "=");
                } else if (value.startsWith("javascript:")
                        || value.startsWith("vbscript:")
                        || (value.startsWith("data:") && !value.startsWith("data:image/"))) {
                    found.add(e.normalName() + " " + a.getKey() + "=" + value);
                }
            }
        }
        if (html.toLowerCase(Locale.ROOT).contains("<script")) {
            found.add("raw <script");
        }
        return found;
    }
}
