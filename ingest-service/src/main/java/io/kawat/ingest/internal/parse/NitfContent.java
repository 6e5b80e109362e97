package io.kawat.ingest.internal.parse;

import io.kawat.schemas.avro.Media;

/**
 * Reads the body part of a NITF document ({@code body.head} and {@code body.content}), standalone or inline in
 * NewsML-G2 and NewsML 1. Fills only what the draft does not have yet, so envelope metadata wins over the NITF.
 */
final class NitfContent {

    private NitfContent() {}

    static void apply(XmlNode nitf, StoryDraft d) {
        XmlNode body = nitf.child("body");
        XmlNode head = body == null ? null : body.child("body.head");
        if (head != null) {
            XmlNode hedline = head.child("hedline") != null ? head.child("hedline") : head.child("headline");
            d.headline = Texts.firstNonBlank(d.headline, hedline == null ? null : hedline.childText("hl1"));
            d.byline = Texts.firstNonBlank(d.byline, byline(head.child("byline")));
            d.dateline = Texts.firstNonBlank(d.dateline, dateline(head.child("dateline")));
            XmlNode abstractNode = head.child("abstract");
            d.standfirst = Texts.firstNonBlank(d.standfirst, abstractNode == null ? null : abstractNode.spacedText());
        }
        d.headline = Texts.firstNonBlank(
                d.headline,
                nitf.path("head", "title") == null
                        ? null
                        : nitf.path("head", "title").cleanText());
        XmlNode content = body == null ? null : body.child("body.content");
        if (content != null) {
            if (d.bodyHtml == null && d.bodyPlain == null) {
                d.bodyHtml = HtmlWriter.inner(content, HtmlWriter.NITF_TAGS, HtmlWriter.NITF_DROPPED);
            }
            content.descendants("media").forEach(m -> media(m, d));
        }
    }

    /** Byline text without the title ({@code byttl}): "By BERNARD CONDON". */
    static String byline(XmlNode byline) {
        if (byline == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (Object c : byline.content()) {
            if (c instanceof String s) {
                sb.append(s);
            } else if (!((XmlNode) c).name().equals("byttl")) {
                sb.append(' ').append(((XmlNode) c).text()).append(' ');
            }
        }
        String text = Texts.clean(sb.toString());
        return text == null ? null : text.replaceAll("[,;]\\s*$", "");
    }

    /** The location of a dateline, or its text without the machine date ({@code story.date}). */
    static String dateline(XmlNode dateline) {
        if (dateline == null) {
            return null;
        }
        XmlNode location = dateline.child("location");
        if (location != null) {
            return location.spacedText() == null ? null : location.spacedText().replace(" ,", ",");
        }
        StringBuilder sb = new StringBuilder();
        for (Object c : dateline.content()) {
            if (c instanceof String s) {
                sb.append(s);
            } else if (!((XmlNode) c).name().equals("story.date")) {
                sb.append(((XmlNode) c).text());
            }
        }
        return Texts.clean(sb.toString());
    }

    private static void media(XmlNode media, StoryDraft d) {
        XmlNode ref = media.child("media-reference");
        if (ref == null) {
            return;
        }
        String href = Texts.firstNonBlank(ref.attr("source"), ref.attr("data-location"));
        Media m = MediaRef.of(
                href,
                true,
                Texts.firstNonBlank(ref.attr("mime-type"), media.attr("media-type")),
                Texts.firstNonBlank(media.childText("media-caption"), ref.attr("alternate-text")),
                media.childText("media-producer"),
                Texts.parseIntOrNull(ref.attr("width")),
                Texts.parseIntOrNull(ref.attr("height")));
        if (m != null) {
            d.media.add(m);
        }
    }
}
