package io.kawat.ingest.internal.parse;

import io.kawat.schemas.avro.Media;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;

/**
 * NewsML 1.x. Each {@code NewsItem} is one story. Provider id {@code urn:newsml:ProviderId:DateId:NewsItemId} (the
 * public identifier without its revision, so every revision is the same story); {@code RevisionId} is the version
 * and its {@code Update="U"} or {@code "A"} an UPDATE signal. Status, urgency, {@code StatusWillChange} (embargo),
 * news lines, descriptive metadata (language, subject codes, keywords) and the NITF content of the (possibly
 * nested) news components; photo components with an {@code Href} become media.
 */
final class NewsMl1Format implements XmlFormat {

    @Override
    public void read(XmlStream s, ItemCollector items) throws XMLStreamException {
        while (s.nextStart()) {
            String name = s.localName();
            if (name.equals("NewsItem")) {
                if (!items.acceptMore()) {
                    return;
                }
                XmlNode node = s.readNode();
                items.item(d -> map(node, d));
            } else if (name.equals("Party") && s.parentName().equals("SentFrom")) {
                items.title(s.attr("FormalName"));
            }
        }
    }

    static void map(XmlNode item, StoryDraft d) {
        XmlNode id = item.path("Identification", "NewsIdentifier");
        if (id != null) {
            String provider = id.childText("ProviderId");
            String dateId = id.childText("DateId");
            String itemId = id.childText("NewsItemId");
            d.guid = provider == null || itemId == null
                    ? null
                    : "urn:newsml:" + provider + ":" + (dateId == null ? "" : dateId) + ":" + itemId;
            XmlNode revision = id.child("RevisionId");
            if (revision != null) {
                d.version = revision.cleanText();
                String update = revision.attr("Update");
                if (update != null && (update.equalsIgnoreCase("U") || update.equalsIgnoreCase("A"))) {
                    StatusMapping.signal("update", d);
                }
            }
        }
        XmlNode management = item.child("NewsManagement");
        if (management != null) {
            management(management, d);
        }
        XmlNode component = item.child("NewsComponent");
        if (component != null) {
            component(component, d);
        }
        d.language = Texts.firstNonBlank(d.language, item.lang());
    }

    private static void management(XmlNode m, StoryDraft d) {
        d.firstCreated = d.date("FirstCreated", m.childText("FirstCreated"));
        d.versionCreated = d.date("ThisRevisionCreated", m.childText("ThisRevisionCreated"));
        d.status(StatusMapping.pubStatus(formalName(m.child("Status"))));
        if ("embargoed".equalsIgnoreCase(formalName(m.child("Status")))) {
            StatusMapping.signal("embargo", d);
        }
        d.urgency(formalName(m.child("Urgency")));
        XmlNode willChange = m.child("StatusWillChange");
        if (willChange != null) {
            d.embargo(willChange.childText("DateAndTime"));
        }
    }

    private static void component(XmlNode c, StoryDraft d) {
        XmlNode lines = c.child("NewsLines");
        if (lines != null) {
            d.headline = Texts.firstNonBlank(d.headline, lines.childText("HeadLine"));
            d.byline = Texts.firstNonBlank(d.byline, lines.childText("ByLine"));
            d.dateline = Texts.firstNonBlank(d.dateline, lines.childText("DateLine"));
        }
        XmlNode meta = c.child("DescriptiveMetadata");
        if (meta != null) {
            d.language = Texts.firstNonBlank(d.language, formalName(meta.child("Language")));
            meta.children("SubjectCode")
                    .forEach(code -> code.children().forEach(s -> d.subject(subject(s.attr("FormalName")))));
            meta.children("Property").stream()
                    .filter(p -> "Keyword".equalsIgnoreCase(p.attr("FormalName")))
                    .forEach(p -> d.category(p.attr("Value")));
        }
        d.language = Texts.firstNonBlank(d.language, c.lang());
        for (XmlNode item : c.children("ContentItem")) {
            contentItem(item, d, lines);
        }
        c.children("NewsComponent").forEach(nested -> component(nested, d));
    }

    private static void contentItem(XmlNode item, StoryDraft d, XmlNode lines) {
        XmlNode nitf = item.path("DataContent", "nitf");
        if (nitf != null) {
            NitfContent.apply(nitf, d);
            return;
        }
        String mediaType = formalName(item.child("MediaType"));
        String href = item.attr("Href");
        if (href != null
                && mediaType != null
                && mediaType.toLowerCase(Locale.ROOT).matches("photo|graphic|video")) {
            Media m = MediaRef.of(
                    href,
                    true,
                    formalName(item.child("MimeType")),
                    lines == null ? null : lines.childText("HeadLine"),
                    lines == null ? null : lines.childText("CreditLine"),
                    null,
                    null);
            if (m != null) {
                d.media.add(m);
            }
        }
    }

    private static String subject(String formalName) {
        if (formalName == null) {
            return null;
        }
        return formalName.matches("\\d{8}") ? "subj:" + formalName : formalName;
    }

    private static String formalName(XmlNode node) {
        return node == null ? null : Texts.clean(node.attr("FormalName"));
    }
}
