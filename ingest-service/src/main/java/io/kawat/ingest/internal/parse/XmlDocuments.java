package io.kawat.ingest.internal.parse;

import io.kawat.ingest.internal.safety.SecureXml;
import io.kawat.ingest.internal.safety.XmlProlog;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The XML side of {@link WireParsers}: refuses hostile DOCTYPEs, picks the format from the root element and streams
 * the document through the format's parser. When the document breaks after complete items, those items are kept and
 * the break is reported as a rejection; when it breaks before any, the whole document fails.
 */
final class XmlDocuments {

    private static final Logger LOG = LoggerFactory.getLogger(XmlDocuments.class);

    private final SecureXml secureXml = new SecureXml();

    /** The format of an XML document, from its root element; throws for refused or unknown documents. */
    WireFormat sniff(XmlProlog prolog) throws WireParseException {
        if (prolog.doctype() == XmlProlog.Doctype.REFUSED) {
            throw new WireParseException(ParseError.KWT_2005_DTD_REFUSED, prolog.doctypeReason());
        }
        String root = prolog.rootLocalName();
        if (root == null) {
            throw new WireParseException(ParseError.KWT_2004_NOT_WELL_FORMED, "no root element found");
        }
        return switch (root) {
            case "rss" -> WireFormat.RSS;
            case "RDF" -> WireFormat.RDF;
            case "feed" -> WireFormat.ATOM;
            case "newsMessage", "newsItem", "packageItem" -> WireFormat.NEWSML_G2;
            case "NewsML" -> WireFormat.NEWSML_1;
            case "nitf" -> WireFormat.NITF;
            default ->
                throw new WireParseException(
                        ParseError.KWT_2001_UNKNOWN_FORMAT,
                        "XML root element <" + prolog.rootName() + "> is not a supported wire format");
        };
    }

    /** Reads the items of {@code text}, whose prolog was checked by {@link #sniff}. */
    void read(String text, XmlProlog prolog, WireFormat format, ItemCollector items) throws WireParseException {
        XmlFormat parser = switch (format) {
            case RSS, RDF -> new RssFormat();
            case ATOM -> new AtomFormat();
            case NEWSML_G2 -> new NewsMlG2Format();
            case NEWSML_1 -> new NewsMl1Format();
            case NITF -> new NitfFormat();
            default -> throw new IllegalArgumentException(format + " is not XML");
        };
        XMLStreamReader reader = null;
        try {
            String declared = prolog.withoutDoctype(text);
            String xml = XmlChars.withoutIllegal(declared);
            if (xml.length() != declared.length()) {
                LOG.warn(
                        "removed {} character(s) XML 1.0 does not allow before parsing",
                        declared.length() - xml.length());
            }
            reader = secureXml.reader(xml);
            parser.read(new XmlStream(reader), items);
        } catch (XMLStreamException e) {
            String detail = describe(e);
            if (items.count() == 0) {
                throw new WireParseException(ParseError.KWT_2004_NOT_WELL_FORMED, detail, e);
            }
            items.truncated(detail);
        } finally {
            close(reader);
        }
    }

    private static String describe(XMLStreamException e) {
        Location at = e.getLocation();
        String message = String.valueOf(e.getMessage());
        int messageStart = message.indexOf("Message: ");
        String reason = messageStart >= 0 ? message.substring(messageStart + 9) : message;
        return at == null ? reason : "line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ": " + reason;
    }

    private static void close(XMLStreamReader reader) {
        if (reader == null) {
            return;
        }
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // closing a reader over a String releases nothing; the parse outcome is already decided
            LOG.debug("closing XML reader failed", e);
        }
    }
}
