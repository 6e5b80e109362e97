package io.kawat.ingest.internal.parse;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;

/**
 * RSS 0.9x, 2.0 and 1.0 (RDF), with the Dublin Core, content and Media RSS modules.
 *
 * <p>Provider id: {@code guid}, else (RSS 1.0) {@code rdf:about}, else {@code link}, else a SHA-256 of title and
 * link ({@code urn:kawat:sha256:...}). An empty {@code guid} counts as absent. With {@code content:encoded} the
 * description becomes the standfirst; without it the description is the body. {@code pubDate} or {@code dc:date}
 * is the creation time. The channel's {@code language} (or {@code dc:language}) applies to items without their
 * own {@code dc:language}.
 */
final class RssFormat implements XmlFormat {

    private static final Set<String> CORE_NAMESPACES =
            Set.of("", Namespaces.RSS1, "http://my.netscape.com/rdf/simple/0.9/", "http://backend.userland.com/rss2");
    private static final Pattern AUTHOR_NAME = Pattern.compile(".*\\((.+)\\)\\s*");

    @Override
    public void read(XmlStream s, ItemCollector items) throws XMLStreamException {
        while (s.nextStart()) {
            String name = s.localName();
            if (name.equals("item")) {
                if (!items.acceptMore()) {
                    return;
                }
                XmlNode node = s.readNode();
                items.item(d -> map(node, d));
            } else if (s.parentName().equals("channel")) {
                switch (name) {
                    case "title" -> items.title(s.readText());
                    case "language" -> items.defaultLanguage(s.readText());
                    default -> {
                        // other channel elements are not needed
                    }
                }
            }
        }
    }

    static void map(XmlNode item, StoryDraft d) {
        String title = core(item, "title");
        String link = core(item, "link");
        d.guid = Texts.firstNonBlank(core(item, "guid"), item.attr("about"), link, syntheticGuid(title, link));
        d.headline = title;
        d.url = link;
        String description = core(item, "description");
        XmlNode encoded = item.child(Namespaces.CONTENT, "encoded");
        if (encoded != null && encoded.cleanText() != null) {
            d.bodyHtml = encoded.text();
            d.standfirst = description;
        } else {
            d.bodyHtml = rawCore(item, "description");
        }
        d.firstCreated = d.date("pubDate", Texts.firstNonBlank(core(item, "pubDate"), dc(item, "date")));
        d.byline = byline(item);
        d.language = dc(item, "language");
        item.children().stream()
                .filter(c -> c.name().equals("category") && CORE_NAMESPACES.contains(c.ns()))
                .forEach(c -> d.category(c.cleanText()));
        item.children(Namespaces.DC, "subject").forEach(c -> d.category(c.cleanText()));
        d.media.addAll(RssMedia.extract(item));
    }

    private static String byline(XmlNode item) {
        List<String> creators = item.children(Namespaces.DC, "creator").stream()
                .map(XmlNode::cleanText)
                .filter(c -> c != null)
                .toList();
        if (!creators.isEmpty()) {
            return String.join(", ", creators);
        }
        String author = core(item, "author");
        if (author == null) {
            return null;
        }
        Matcher m = AUTHOR_NAME.matcher(author);
        return m.matches() ? m.group(1) : author.contains("@") ? null : author;
    }

    static String syntheticGuid(String title, String link) {
        if (title == null && link == null) {
            return null;
        }
        String hash = ContentHash.hex((title == null ? "" : title) + "\n" + (link == null ? "" : link));
        return "urn:kawat:sha256:" + hash.substring(0, 32);
    }

    private static String core(XmlNode item, String local) {
        return Texts.clean(rawCore(item, local));
    }

    private static String rawCore(XmlNode item, String local) {
        for (XmlNode c : item.children()) {
            if (c.name().equals(local) && CORE_NAMESPACES.contains(c.ns())) {
                return c.text();
            }
        }
        return null;
    }

    private static String dc(XmlNode item, String local) {
        XmlNode c = item.child(Namespaces.DC, local);
        return c == null ? null : c.cleanText();
    }
}
