package io.kawat.publish.internal.feed;

import static io.kawat.publish.internal.feed.FeedItems.xml;

import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.TopicTag;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * RSS 2.0: one item per article, guid = article uri (not a permalink), description = the standfirst (else the
 * headline), content:encoded = the sanitised body, dc:creator = the byline, RFC 822 dates in GMT.
 */
final class RssWriter {

    private static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    private static final String MEDIA_TOPIC = "http://cv.iptc.org/newscodes/mediatopic/";

    private final FeedItems items;

    RssWriter(FeedItems items) {
        this.items = items;
    }

    void write(FeedInfo feed, List<Article> published, XMLStreamWriter w) throws XMLStreamException {
        w.writeStartDocument("UTF-8", "1.0");
        w.writeStartElement("rss");
        w.writeAttribute("version", "2.0");
        w.writeNamespace("atom", AtomWriter.NS);
        w.writeNamespace("content", CONTENT_NS);
        w.writeNamespace("dc", DC_NS);
        w.writeStartElement("channel");
        element(w, "title", feed.title());
        element(w, "link", feed.siteUrl());
        element(w, "description", feed.title());
        w.writeEmptyElement("atom", "link", AtomWriter.NS);
        w.writeAttribute("href", xml(feed.selfUrl()));
        w.writeAttribute("rel", "self");
        w.writeAttribute("type", "application/rss+xml");
        element(w, "lastBuildDate", date(FeedItems.updated(published)));
        element(w, "generator", "Kawat");
        for (Article a : published) {
            item(feed, a, w);
        }
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndDocument();
    }

    private void item(FeedInfo feed, Article a, XMLStreamWriter w) throws XMLStreamException {
        w.writeStartElement("item");
        element(w, "title", a.getHeadline());
        element(w, "link", items.link(feed, a));
        w.writeStartElement("guid");
        w.writeAttribute("isPermaLink", "false");
        w.writeCharacters(xml(a.getUri()));
        w.writeEndElement();
        element(w, "pubDate", date(a.getVersionCreated()));
        boolean hasStandfirst = a.getStandfirst() != null && !a.getStandfirst().isBlank();
        element(w, "description", hasStandfirst ? a.getStandfirst() : a.getHeadline());
        if (a.getByline() != null && !a.getByline().isBlank()) {
            w.writeStartElement("dc", "creator", DC_NS);
            w.writeCharacters(xml(a.getByline()));
            w.writeEndElement();
        }
        for (TopicTag t : a.getSubjects()) {
            w.writeStartElement("category");
            if (t.getQcode().startsWith("medtop:")) {
                w.writeAttribute("domain", MEDIA_TOPIC);
            }
            w.writeCharacters(xml(t.getLabel()));
            w.writeEndElement();
        }
        w.writeStartElement("content", "encoded", CONTENT_NS);
        w.writeCharacters(xml(items.contentHtml(a)));
        w.writeEndElement();
        w.writeEndElement();
    }

    private static String date(Instant t) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(t.atOffset(ZoneOffset.UTC));
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(xml(text));
        w.writeEndElement();
    }
}
