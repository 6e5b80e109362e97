package io.kawat.ingest.internal.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.kawat.schemas.avro.Media;
import java.util.List;
import java.util.Locale;

/**
 * IPTC ninjs 1.x ({@code guid}/{@code uri}, {@code headline}, {@code body_html}, {@code associations} as an
 * object) and 2.x ({@code uri}, {@code headlines[]}, {@code descriptions[]}, {@code bodies[]},
 * {@code associations[]}). A document is one object or an array of them. Picture items get the caption as body
 * and their largest image rendition as media; text items get one media entry per picture association.
 */
final class NinjsFormat {

    private NinjsFormat() {}

    /** True when the object looks like ninjs: an id plus at least one content or metadata field. */
    static boolean looksLikeNinjs(JsonNode n) {
        if (n == null || !n.isObject() || !(n.has("uri") || n.has("guid"))) {
            return false;
        }
        for (String f : List.of(
                "headline",
                "headlines",
                "body_html",
                "body_text",
                "bodies",
                "descriptions",
                "description_text",
                "versioncreated",
                "pubstatus",
                "type",
                "renditions")) {
            if (n.has(f)) {
                return true;
            }
        }
        return false;
    }

    static void map(JsonNode n, StoryDraft d) {
        d.guid = Texts.firstNonBlank(Json.text(n, "uri"), Json.text(n, "guid"));
        d.version = Json.text(n, "version");
        d.firstCreated = d.date("firstcreated", Json.text(n, "firstcreated"));
        d.versionCreated = d.date("versioncreated", Json.text(n, "versioncreated"));
        d.embargo(Json.text(n, "embargoed"));
        d.status(StatusMapping.pubStatus(Json.text(n, "pubstatus")));
        Json.elements(n, "signals")
                .forEach(s -> StatusMapping.signal(s.isTextual() ? s.asText() : Json.text(s, "uri"), d));
        d.urgency(Json.text(n, "urgency"));
        d.language = Json.text(n, "language");
        d.headline = Texts.firstNonBlank(
                Json.text(n, "headline"),
                Json.byRole(n, "headlines", "main", "headline"),
                firstValue(n, "headlines"),
                Json.text(n, "title"));
        d.standfirst = Texts.firstNonBlank(
                Json.text(n, "description_text"),
                Json.byRole(n, "descriptions", "summary", "text", "description", "abstract"));
        d.byline = Texts.firstNonBlank(Json.text(n, "byline"), Json.text(n, "by"));
        body(n, d);
        Json.elements(n, "keywords").forEach(k -> d.category(k.asText()));
        for (JsonNode s : Json.elements(n, "subject")) {
            d.subject(Texts.firstNonBlank(qcode(Json.text(s, "scheme"), Json.text(s, "code")), Json.text(s, "name")));
        }
        for (JsonNode s : Json.elements(n, "subjects")) {
            d.subject(Texts.firstNonBlank(Json.text(s, "uri"), Json.text(s, "literal"), Json.text(s, "name")));
        }
        if (isPicture(n)) {
            picture(n, d);
        }
        for (JsonNode assoc : Json.elements(n, "associations")) {
            if (isPicture(assoc)) {
                Media m = largest(assoc, caption(assoc), credit(assoc));
                if (m != null) {
                    d.media.add(m);
                }
            }
        }
    }

    private static void body(JsonNode n, StoryDraft d) {
        d.bodyHtml = Texts.firstNonBlank(Json.raw(n, "body_html")) == null ? null : Json.raw(n, "body_html");
        if (d.bodyHtml == null) {
            for (JsonNode b : Json.elements(n, "bodies")) {
                String type = Json.text(b, "contenttype");
                if (type != null && type.toLowerCase(Locale.ROOT).contains("html") && Json.raw(b, "value") != null) {
                    d.bodyHtml = Json.raw(b, "value");
                    break;
                }
            }
        }
        if (d.bodyHtml == null) {
            d.bodyPlain = Texts.firstNonBlank(Json.raw(n, "body_text")) == null
                    ? Json.byRole(n, "bodies", "text", "plain")
                    : Json.raw(n, "body_text");
        }
    }

    private static void picture(JsonNode n, StoryDraft d) {
        String caption = caption(n);
        Media m = largest(n, caption, credit(n));
        if (m != null) {
            d.media.add(m);
        }
        if (d.bodyHtml == null && d.bodyPlain == null) {
            d.bodyPlain = caption;
        }
    }

    private static String caption(JsonNode n) {
        return Texts.firstNonBlank(
                Json.byRole(n, "descriptions", "caption"),
                Json.text(n, "description_text"),
                firstValue(n, "descriptions"),
                Json.text(n, "body_text"));
    }

    private static String credit(JsonNode n) {
        return Texts.firstNonBlank(
                Json.byRole(n, "descriptions", "creditline"),
                Json.text(n, "creditline"),
                Json.text(n, "byline"),
                Json.text(n, "by"));
    }

    /** The widest image rendition with a usable href (ninjs 1.x object or 2.x array of renditions). */
    private static Media largest(JsonNode n, String caption, String credit) {
        Media best = null;
        for (JsonNode r : Json.elements(n, "renditions")) {
            String type = Texts.firstNonBlank(
                    Json.text(r, "contenttype"), Json.text(r, "mimetype"), Json.text(n, "mime_type"));
            if (type != null && !type.toLowerCase(Locale.ROOT).startsWith("image/")) {
                continue;
            }
            Media m = MediaRef.of(
                    Json.text(r, "href"),
                    true,
                    type,
                    caption,
                    credit,
                    Json.integer(r, "width"),
                    Json.integer(r, "height"));
            if (m != null && (best == null || width(m) > width(best))) {
                best = m;
            }
        }
        return best;
    }

    private static int width(Media m) {
        return m.getWidth() == null ? 0 : m.getWidth();
    }

    private static boolean isPicture(JsonNode n) {
        String type = Json.text(n, "type");
        return type != null && (type.equalsIgnoreCase("picture") || type.equalsIgnoreCase("graphic"));
    }

    private static String firstValue(JsonNode n, String field) {
        List<JsonNode> all = Json.elements(n, field);
        return all.isEmpty() ? null : Json.raw(all.get(0), "value");
    }

    private static String qcode(String scheme, String code) {
        if (code == null) {
            return null;
        }
        return scheme == null ? code : scheme + ":" + code;
    }
}
