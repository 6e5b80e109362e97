package io.kawat.publish.internal.feed;

import static io.kawat.publish.internal.feed.FeedItems.xml;

import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.TopicTag;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Atom 1.0 (RFC 4287): one entry per article, id = article uri, content = the sanitised body as escaped HTML. */
final class AtomWriter {

    static final String NS = "http://www.w3.org/2005/Atom";

    private final FeedItems items;

    AtomWriter(FeedItems items) {
        this.items = items;
    }

    void write(FeedInfo feed, List<Article> published, XMLStreamWriter w) throws XMLStreamException {
        w.writeStartDocument("UTF-8", "1.0");
        w.writeStartElement("feed");
        w.writeDefaultNamespace(NS);
        element(w, "id", feed.selfUrl());
        element(w, "title", feed.title());
        element(w, "updated", FeedItems.updated(published).toString());
        link(w, "self", feed.selfUrl(), "application/atom+xml");
        link(w, "alternate", feed.siteUrl(), null);
        element(w, "generator", "Kawat");
        for (Article a : published) {
            entry(feed, a, w);
        }
        w.writeEndElement();
        w.writeEndDocument();
    }

    private void entry(FeedInfo feed, Article a, XMLStreamWriter w) throws XMLStreamException {
        w.writeStartElement("entry");
        w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", a.getLanguage());
        element(w, "id", FeedItems.id(a.getUri()));
        element(w, "title", a.getHeadline());
        link(w, "alternate", items.link(feed, a), "text/html");
        element(w, "published", a.getFirstCreated().toString());
        element(w, "updated", a.getVersionCreated().toString());
        w.writeStartElement("author");
        element(w, "name", a.getByline() == null || a.getByline().isBlank() ? feed.title() : a.getByline());
        w.writeEndElement();
        for (TopicTag t : a.getSubjects()) {
            w.writeEmptyElement("category");
            w.writeAttribute("term", xml(t.getQcode()));
            w.writeAttribute("label", xml(t.getLabel()));
        }
        if (a.getStandfirst() != null && !a.getStandfirst().isBlank()) {
            element(w, "summary", a.getStandfirst());
        }
        w.writeStartElement("content");
        w.writeAttribute("type", "html");
        w.writeCharacters(xml(items.contentHtml(a)));
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void link(XMLStreamWriter w, String rel, String href, String type) throws XMLStreamException {
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("href", xml(href));
        if (type != null) {
            w.writeAttribute("type", type);
        }
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(xml(text));
        w.writeEndElement();
    }
}
