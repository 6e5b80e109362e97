package io.kawat.ingest.internal.parse;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * Atom 1.0. Provider id {@code id}; {@code published} is the creation time and {@code updated} the version time;
 * content of type text, html or xhtml; the alternate link, resolved against {@code xml:base} or the feed's own
 * alternate link; authors, falling back to the feed's author; {@code xml:lang} from the entry or the feed.
 * WENN's extension ({@code wenn_cm:ContentMetadata}) carries the real body and first line and is preferred.
 */
final class AtomFormat implements XmlFormat {

    private String feedBase;

    @Override
    public void read(XmlStream s, ItemCollector items) throws XMLStreamException {
        while (s.nextStart()) {
            String name = s.localName();
            if (name.equals("feed") && s.depth() == 1) {
                items.defaultLanguage(s.lang());
                feedBase = s.attr("base");
            } else if (name.equals("entry")) {
                if (!items.acceptMore()) {
                    return;
                }
                XmlNode node = s.readNode();
                items.item(d -> map(node, d));
            } else if (s.parentName().equals("feed") && s.depth() == 2) {
                readFeedChild(s, name, items);
            }
        }
    }

    private void readFeedChild(XmlStream s, String name, ItemCollector items) throws XMLStreamException {
        switch (name) {
            case "title" -> items.title(s.readText());
            case "link" -> {
                String rel = s.attr("rel");
                if ((rel == null || rel.equals("alternate")) && s.attr("href") != null) {
                    feedBase = resolve(feedBase, s.attr("href"));
                }
            }
            case "author" -> items.defaultByline(s.readNode().childText("name"));
            default -> {
                // other feed metadata is not needed
            }
        }
    }

    private void map(XmlNode entry, StoryDraft d) {
        d.guid = entry.childText("id");
        d.headline = textConstruct(entry.child(Namespaces.ATOM, "title"));
        d.standfirst = textConstruct(entry.child(Namespaces.ATOM, "summary"));
        XmlNode content = entry.child(Namespaces.ATOM, "content");
        if (content != null) {
            body(content, d);
        }
        String base = resolve(feedBase, entry.attr("base"));
        d.url = alternateLink(entry, base);
        d.firstCreated = d.date("published", entry.childText("published"));
        d.versionCreated = d.date("updated", entry.childText("updated"));
        List<String> authors = entry.children(Namespaces.ATOM, "author").stream()
                .map(a -> a.childText("name"))
                .filter(n -> n != null)
                .toList();
        d.byline = authors.isEmpty() ? null : String.join(", ", authors);
        d.language = entry.lang();
        entry.children(Namespaces.ATOM, "category")
                .forEach(c -> d.category(Texts.firstNonBlank(c.attr("label"), c.attr("term"))));
        d.media.addAll(RssMedia.extract(entry));
        wenn(entry, d);
    }

    private static void body(XmlNode content, StoryDraft d) {
        String type = content.attr("type");
        if (type == null || type.equals("text")) {
            d.bodyPlain = content.text();
        } else if (type.equals("xhtml")) {
            XmlNode div = content.child("div");
            d.bodyHtml = HtmlWriter.inner(div != null ? div : content);
        } else {
            d.bodyHtml = content.text();
        }
    }

    private static String textConstruct(XmlNode node) {
        if (node == null) {
            return null;
        }
        return "xhtml".equals(node.attr("type")) ? HtmlWriter.inner(node) : node.text();
    }

    private static String alternateLink(XmlNode entry, String base) {
        for (XmlNode link : entry.children(Namespaces.ATOM, "link")) {
            String rel = link.attr("rel");
            if ((rel == null || rel.equals("alternate")) && link.attr("href") != null) {
                return resolve(base, link.attr("href"));
            }
        }
        return null;
    }

    private static void wenn(XmlNode entry, StoryDraft d) {
        XmlNode meta = entry.child(Namespaces.WENN_CM, "ContentMetadata");
        if (meta == null) {
            return;
        }
        String firstLine = meta.childText("first_line");
        XmlNode body = meta.child("body");
        if (body != null && body.cleanText() != null) {
            d.bodyHtml = null;
            d.bodyPlain = (firstLine == null ? "" : firstLine + "\n\n") + body.text();
            d.standfirst = firstLine;
        }
        d.language = Texts.firstNonBlank(meta.attr("lang"), d.language);
        XmlNode tags = meta.child("tags");
        if (tags != null) {
            tags.children("tag").forEach(t -> d.category(t.attr("value")));
        }
    }

    /** Resolves {@code href} against {@code base}; returns {@code href} unchanged when either is unusable. */
    static String resolve(String base, String href) {
        if (href == null || href.isBlank()) {
            return base;
        }
        String h = href.trim();
        if (base == null || Texts.isHttp(h)) {
            return h;
        }
        try {
            return new URI(base.trim()).resolve(new URI(h)).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return h;
        }
    }
}
