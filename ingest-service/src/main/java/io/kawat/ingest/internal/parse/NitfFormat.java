package io.kawat.ingest.internal.parse;

import javax.xml.stream.XMLStreamException;

/**
 * A standalone NITF document: one story. Provider id from {@code docdata/doc-id@id-string}; NITF files without one
 * (AP's) get {@code urn:kawat:sha256:...} of headline and issue date. {@code management-status} gives pubStatus,
 * {@code ed-urg} urgency, {@code date.issue} the creation time and {@code date.release} an embargo;
 * {@code du-key@version} the version; {@code baselang} or {@code xml:lang} the language; {@code tobject.subject}
 * refnums become {@code subj:} codes and {@code key-list} keywords categories.
 */
final class NitfFormat implements XmlFormat {

    @Override
    public void read(XmlStream s, ItemCollector items) throws XMLStreamException {
        if (s.nextStart() && items.acceptMore()) {
            XmlNode nitf = s.readNode();
            items.item(d -> map(nitf, d));
        }
    }

    static void map(XmlNode nitf, StoryDraft d) {
        XmlNode head = nitf.child("head");
        XmlNode docdata = head == null ? null : head.child("docdata");
        String issued = null;
        if (docdata != null) {
            issued = docdata(docdata, d);
        }
        if (head != null) {
            XmlNode pubdata = head.child("pubdata");
            String published = pubdata == null ? null : pubdata.attr("date.publication");
            if (d.firstCreated == null) {
                d.firstCreated = d.date("date.publication", published);
                issued = issued == null ? published : issued;
            }
            head.descendants("tobject.subject").forEach(t -> d.subject(subject(t.attr("tobject.subject.refnum"))));
        }
        d.language = Texts.firstNonBlank(nitf.attr("baselang"), nitf.lang());
        NitfContent.apply(nitf, d);
        if (Texts.clean(d.guid) == null && d.headline != null) {
            d.guid = RssFormat.syntheticGuid(d.headline, issued);
        }
    }

    /** Reads docdata; returns the issue date text. */
    private static String docdata(XmlNode docdata, StoryDraft d) {
        XmlNode docId = docdata.child("doc-id");
        d.guid = docId == null ? null : docId.attr("id-string");
        d.status(StatusMapping.pubStatus(docdata.attr("management-status")));
        XmlNode urgency = docdata.child("urgency");
        d.urgency(urgency == null ? null : urgency.attr("ed-urg"));
        XmlNode issue = docdata.child("date.issue");
        String issued = issue == null ? null : issue.attr("norm");
        d.firstCreated = d.date("date.issue", issued);
        XmlNode release = docdata.child("date.release");
        d.embargo(release == null ? null : release.attr("norm"));
        XmlNode duKey = docdata.child("du-key");
        d.version = duKey == null ? null : duKey.attr("version");
        XmlNode keys = docdata.child("key-list");
        if (keys != null) {
            keys.children("keyword").forEach(k -> d.category(k.attr("key")));
        }
        return issued;
    }

    private static String subject(String refnum) {
        if (refnum == null) {
            return null;
        }
        return refnum.matches("\\d{8}") ? "subj:" + refnum : refnum;
    }
}
