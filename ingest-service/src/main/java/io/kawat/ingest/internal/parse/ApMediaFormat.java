package io.kawat.ingest.internal.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * AP Media API JSON: a {@code data.item} (one item) or {@code data.items[].item} (a feed page). Provider id
 * {@code altids.itemid}, else {@code uri}; {@code pubstatus}, {@code signals}, {@code urgency}, {@code language},
 * dates, {@code headline} (else {@code title}), {@code bylines[].by}, keywords as categories, AP subject codes as
 * {@code apsubject:} codes. Text bodies are separate renditions (NITF, ANPA) that the caller fetches; the item
 * itself carries none.
 */
final class ApMediaFormat {

    private ApMediaFormat() {}

    /** The items of an AP Media API envelope, empty when {@code root} is not one. */
    static List<JsonNode> items(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode data = root == null ? null : root.get("data");
        if (data == null || !data.isObject()) {
            return out;
        }
        if (data.get("item") != null && data.get("item").isObject()) {
            out.add(data.get("item"));
        }
        for (JsonNode wrapper : Json.elements(data, "items")) {
            JsonNode item = wrapper.get("item");
            if (item != null && item.isObject()) {
                out.add(item);
            }
        }
        return out;
    }

    static void map(JsonNode n, StoryDraft d) {
        JsonNode altids = n.get("altids");
        d.guid = Texts.firstNonBlank(Json.text(altids, "itemid"), Json.text(n, "uri"));
        d.version = Json.text(n, "version");
        d.status(StatusMapping.pubStatus(Json.text(n, "pubstatus")));
        Json.elements(n, "signals").forEach(s -> StatusMapping.signal(s.asText(), d));
        d.urgency(Json.text(n, "urgency"));
        d.language = Json.text(n, "language");
        d.firstCreated = d.date("firstcreated", Json.text(n, "firstcreated"));
        d.versionCreated = d.date("versioncreated", Json.text(n, "versioncreated"));
        d.embargo(Json.text(n, "embargoed"));
        d.headline = Texts.firstNonBlank(Json.text(n, "headline"), Json.text(n, "title"));
        d.standfirst = Texts.firstNonBlank(Json.text(n, "headline_extended"), Json.text(n, "summary"));
        List<String> bylines = Json.elements(n, "bylines").stream()
                .map(b -> Json.text(b, "by"))
                .filter(b -> b != null)
                .toList();
        d.byline = bylines.isEmpty() ? null : String.join(", ", bylines);
        d.dateline = Json.text(n, "located");
        Json.elements(n, "keywords").forEach(k -> d.category(k.asText()));
        for (JsonNode s : Json.elements(n, "subject")) {
            d.subject(Json.text(s, "code") == null ? null : "apsubject:" + Json.text(s, "code"));
        }
        String slug = Json.text(n, "slugline");
        if (slug != null && slug.toLowerCase(Locale.ROOT).contains("writethru")) {
            StatusMapping.signal("writethru", d);
        }
    }
}
