package io.kawat.publish.internal.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kawat.publish.internal.render.ArticleLinks;
import io.kawat.schemas.avro.Article;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes article feeds as Atom 1.0, RSS 2.0 and JSON Feed 1.1. Only published (USABLE) articles appear, newest
 * version first; withdrawn and withheld ones are left out, and embargoes are the caller's to apply. Item links point
 * at the article pages ({@code /api/articles/<uri>.html} under the site URL's origin unless links are given).
 * Thread-safe.
 */
public final class FeedWriter {

    private final XMLOutputFactory xml = XMLOutputFactory.newFactory();
    private final ObjectMapper json = new ObjectMapper();
    private final AtomWriter atomWriter;
    private final RssWriter rssWriter;
    private final JsonFeedWriter jsonFeedWriter;

    /** Item links to the publish API under each feed's site origin. */
    public FeedWriter() {
        this(null);
    }

    /** Item links from the given links (null for the default). */
    public FeedWriter(ArticleLinks links) {
        FeedItems items = new FeedItems(links);
        this.atomWriter = new AtomWriter(items);
        this.rssWriter = new RssWriter(items);
        this.jsonFeedWriter = new JsonFeedWriter(items);
    }

    /** The feed as an Atom 1.0 document. */
    public String atom(FeedInfo f, List<Article> items) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = xml.createXMLStreamWriter(out);
            atomWriter.write(f, FeedItems.published(items), w);
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write Atom feed " + f.selfUrl(), e);
        }
        return out.toString();
    }

    /** The feed as an RSS 2.0 document. */
    public String rss(FeedInfo f, List<Article> items) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = xml.createXMLStreamWriter(out);
            rssWriter.write(f, FeedItems.published(items), w);
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write RSS feed " + f.selfUrl(), e);
        }
        return out.toString();
    }

    /** The feed as a JSON Feed 1.1 document. */
    public String jsonFeed(FeedInfo f, List<Article> items) {
        try {
            return json.writeValueAsString(jsonFeedWriter.write(f, FeedItems.published(items)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write JSON Feed " + f.selfUrl(), e);
        }
    }
}
