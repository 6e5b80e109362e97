package io.kawat.ingest.internal.parse;

import io.kawat.schemas.avro.Media;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;

/**
 * NewsML-G2: a single {@code newsItem} or {@code packageItem}, or a {@code newsMessage} carrying many. A
 * {@code packageItem} groups items by reference ({@code itemRef}, in groups or directly) and carries no text: it is
 * recorded as a {@link NewsPackage}, not a story; the news items it groups are read wherever they come. A news item maps
 * {@code guid}/{@code version}, {@code pubStatus}, signals (Reuters {@code edStat}, {@code sig:*}), urgency,
 * embargo, headline (the main one when several), byline, dateline, language, subject qcodes and keywords, and the
 * content: inline XHTML, inline NITF or inline text. Picture items become a story whose body is the caption and
 * whose media is the largest rendition, with caption and credit line. An AP slugline marked "Writethru" adds the
 * WRITETHRU signal.
 */
final class NewsMlG2Format implements XmlFormat {

    @Override
    public void read(XmlStream s, ItemCollector items) throws XMLStreamException {
        while (s.nextStart()) {
            String name = s.localName();
            if (name.equals("newsItem") || name.equals("packageItem")) {
                if (!items.acceptMore()) {
                    return;
                }
                XmlNode node = s.readNode();
                if (name.equals("packageItem")) {
                    items.newsPackage(
                            node.attr("guid"),
                            node.attr("version"),
                            node.descendants("itemRef").stream()
                                    .map(r -> r.attr("residref"))
                                    .filter(ref -> ref != null && !ref.isBlank())
                                    .toList());
                } else {
                    items.item(d -> map(node, d));
                }
            } else if (name.equalsIgnoreCase("sender") && s.parentName().equalsIgnoreCase("header")) {
                items.title(s.readText());
            }
        }
    }

    static void map(XmlNode item, StoryDraft d) {
        d.guid = item.attr("guid");
        d.version = item.attr("version");
        XmlNode itemMeta = item.child("itemMeta");
        XmlNode contentMeta = item.child("contentMeta");
        boolean picture = false;
        if (itemMeta != null) {
            picture = isPicture(itemMeta);
            itemMeta(itemMeta, d);
        }
        if (contentMeta != null) {
            contentMeta(contentMeta, d);
        }
        d.language = Texts.firstNonBlank(d.language, item.lang());
        XmlNode contentSet = item.child("contentSet");
        if (contentSet != null) {
            content(contentSet, d, picture, contentMeta);
        }
    }

    private static void itemMeta(XmlNode meta, StoryDraft d) {
        d.versionCreated = d.date("versionCreated", meta.childText("versionCreated"));
        d.firstCreated = d.date("firstCreated", meta.childText("firstCreated"));
        XmlNode status = meta.child("pubStatus");
        d.status(status == null ? null : StatusMapping.pubStatus(status.attr("qcode")));
        meta.children("signal").forEach(sig -> StatusMapping.signal(sig.attr("qcode"), d));
        d.embargo(meta.childText("embargoed"));
        d.headline = meta.childText("title");
    }

    private static void contentMeta(XmlNode meta, StoryDraft d) {
        d.urgency(meta.childText("urgency"));
        if (d.firstCreated == null) {
            d.firstCreated = d.date("contentCreated", meta.childText("contentCreated"));
        }
        d.headline = Texts.firstNonBlank(mainHeadline(meta), d.headline);
        d.byline = meta.childText("by");
        d.dateline = meta.childText("dateline");
        XmlNode located = meta.child("located");
        d.place = located == null ? null : located.childText("name");
        for (XmlNode desc : meta.children("description")) {
            String role = desc.attr("role") == null ? "" : desc.attr("role").toLowerCase(Locale.ROOT);
            if (role.endsWith("summary") || role.endsWith("abstract")) {
                d.standfirst = desc.cleanText();
            }
        }
        XmlNode language = meta.child("language");
        d.language = language == null ? null : language.attr("tag");
        meta.children("subject").forEach(s -> d.subject(s.attr("qcode")));
        meta.children("keyword").forEach(k -> d.category(k.cleanText()));
        String slugline = meta.childText("slugline");
        if (slugline != null && slugline.toLowerCase(Locale.ROOT).contains("writethru")) {
            StatusMapping.signal("writethru", d);
        }
    }

    private static String mainHeadline(XmlNode meta) {
        String first = null;
        for (XmlNode h : meta.children("headline")) {
            String role = h.attr("role");
            String text = h.cleanText();
            if (text != null && (role == null || role.toLowerCase(Locale.ROOT).contains("main"))) {
                return text;
            }
            first = first == null ? text : first;
        }
        return first;
    }

    private static void content(XmlNode contentSet, StoryDraft d, boolean picture, XmlNode contentMeta) {
        XmlNode inline = contentSet.child("inlineXML");
        if (inline != null) {
            XmlNode nitf = inline.child("nitf");
            XmlNode html = inline.child("html");
            if (nitf != null) {
                NitfContent.apply(nitf, d);
            } else if (html != null && html.child("body") != null) {
                d.bodyHtml = HtmlWriter.inner(html.child("body"));
            } else {
                d.bodyHtml = HtmlWriter.inner(inline);
            }
        }
        XmlNode inlineData = contentSet.child("inlineData");
        if (inlineData != null && d.bodyHtml == null) {
            d.bodyPlain = inlineData.text();
        }
        Media best = largestRendition(contentSet, contentMeta);
        if (best != null) {
            d.media.add(best);
            if (picture && d.bodyHtml == null && d.bodyPlain == null) {
                d.bodyPlain = best.getCaption();
            }
        }
    }

    private static Media largestRendition(XmlNode contentSet, XmlNode contentMeta) {
        String caption = null;
        String credit = null;
        if (contentMeta != null) {
            for (XmlNode desc : contentMeta.children("description")) {
                String role = desc.attr("role") == null ? "" : desc.attr("role").toLowerCase(Locale.ROOT);
                caption = role.endsWith("caption") || caption == null ? desc.cleanText() : caption;
            }
            credit = Texts.firstNonBlank(contentMeta.childText("creditline"), contentMeta.childText("by"));
        }
        Media best = null;
        for (XmlNode rc : contentSet.children("remoteContent")) {
            Media m = MediaRef.of(
                    rc.attr("href"),
                    true,
                    rc.attr("contenttype"),
                    caption,
                    credit,
                    Texts.parseIntOrNull(rc.attr("width")),
                    Texts.parseIntOrNull(rc.attr("height")));
            if (m != null && (best == null || width(m) > width(best))) {
                best = m;
            }
        }
        return best;
    }

    private static int width(Media m) {
        return m.getWidth() == null ? 0 : m.getWidth();
    }

    private static boolean isPicture(XmlNode itemMeta) {
        XmlNode itemClass = itemMeta.child("itemClass");
        String qcode = itemClass == null || itemClass.attr("qcode") == null
                ? ""
                : itemClass.attr("qcode").toLowerCase(Locale.ROOT);
        return qcode.endsWith(":picture") || qcode.endsWith(":graphic") || qcode.endsWith(":photo");
    }
}
