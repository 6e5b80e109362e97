package io.kawat.ingest.internal.parse;

import io.kawat.schemas.avro.Media;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;

/**
 * Media of an RSS item or Atom entry: Media RSS {@code media:content} (also inside {@code media:group}) with its
 * {@code media:credit} and {@code media:description}/{@code media:title}, falling back to the ones at item level;
 * {@code media:thumbnail} only when there is no {@code media:content}; {@code enclosure} elements and Atom
 * {@code link rel="enclosure"}. Only absolute http(s) URLs are kept, each once.
 */
final class RssMedia {

    private RssMedia() {}

    static List<Media> extract(XmlNode item) {
        List<XmlNode> contents = new ArrayList<>();
        List<XmlNode> thumbnails = new ArrayList<>();
        collect(item, contents, thumbnails);
        String itemCredit = mediaText(item, "credit");
        String itemCaption = Texts.firstNonBlank(mediaText(item, "description"), mediaText(item, "title"));
        Map<String, Media> out = new LinkedHashMap<>();
        for (XmlNode c : contents.isEmpty() ? thumbnails : contents) {
            String caption = Texts.firstNonBlank(mediaText(c, "description"), mediaText(c, "title"), itemCaption);
            String credit = Texts.firstNonBlank(mediaText(c, "credit"), itemCredit);
            String type = Texts.firstNonBlank(c.attr("type"), c.attr("medium"));
            add(out, c.attr("url"), type, caption, credit, c.attr("width"), c.attr("height"));
        }
        for (XmlNode e : item.children("enclosure")) {
            add(out, e.attr("url"), e.attr("type"), itemCaption, itemCredit, null, null);
        }
        for (XmlNode link : item.children(Namespaces.ATOM, "link")) {
            if ("enclosure".equals(link.attr("rel"))) {
                add(out, link.attr("href"), link.attr("type"), link.attr("title"), itemCredit, null, null);
            }
        }
        return new ArrayList<>(out.values());
    }

    private static void collect(XmlNode parent, List<XmlNode> contents, List<XmlNode> thumbnails) {
        for (XmlNode c : parent.children()) {
            if (!Namespaces.isMedia(c.ns())) {
                continue;
            }
            switch (c.name()) {
                case "content" -> contents.add(c);
                case "thumbnail" -> thumbnails.add(c);
                case "group" -> collect(c, contents, thumbnails);
                default -> {
                    // media:credit, media:title ... are read per content
                }
            }
        }
    }

    private static String mediaText(XmlNode parent, String local) {
        for (XmlNode c : parent.children()) {
            if (Namespaces.isMedia(c.ns()) && c.name().equals(local)) {
                return c.cleanText();
            }
        }
        return null;
    }

    static void add(
            Map<String, Media> out,
            String href,
            String type,
            String caption,
            String credit,
            String width,
            String height) {
        Media media = MediaRef.of(
                href,
                false,
                type,
                plainCaption(caption),
                credit,
                Texts.parseIntOrNull(width),
                Texts.parseIntOrNull(height));
        if (media != null) {
            out.putIfAbsent(media.getHref(), media);
        }
    }

    /** Captions sometimes carry markup; keep only the text. */
    private static String plainCaption(String caption) {
        if (caption == null) {
            return null;
        }
        return Texts.clean(
                caption.indexOf('<') >= 0 || caption.indexOf('&') >= 0
                        ? Jsoup.parse(caption).text()
                        : caption);
    }
}
