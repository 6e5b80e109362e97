package io.kawat.publish.internal.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.TopicTag;
import java.util.List;

/** JSON Feed 1.1: one item per article, id = article uri, content_html = the sanitised body, tags = topic labels. */
final class JsonFeedWriter {

    static final String VERSION = "https://jsonfeed.org/version/1.1";

    private final FeedItems items;
    private final ObjectMapper json = new ObjectMapper();

    JsonFeedWriter(FeedItems items) {
        this.items = items;
    }

    ObjectNode write(FeedInfo feed, List<Article> published) {
        ObjectNode root = json.createObjectNode();
        root.put("version", VERSION);
        root.put("title", feed.title());
        root.put("home_page_url", feed.siteUrl());
        root.put("feed_url", feed.selfUrl());
        ArrayNode list = root.putArray("items");
        for (Article a : published) {
            list.add(item(feed, a));
        }
        return root;
    }

    private ObjectNode item(FeedInfo feed, Article a) {
        ObjectNode item = json.createObjectNode();
        item.put("id", a.getUri());
        item.put("url", items.link(feed, a));
        item.put("title", a.getHeadline());
        if (a.getStandfirst() != null && !a.getStandfirst().isBlank()) {
            item.put("summary", a.getStandfirst());
        }
        item.put("content_html", items.contentHtml(a));
        item.put("date_published", a.getFirstCreated().toString());
        item.put("date_modified", a.getVersionCreated().toString());
        item.put("language", a.getLanguage());
        if (!a.getImages().isEmpty()) {
            item.put("image", a.getImages().get(0).getHref());
        }
        if (a.getByline() != null && !a.getByline().isBlank()) {
            item.putArray("authors").addObject().put("name", a.getByline());
        }
        if (!a.getSubjects().isEmpty()) {
            ArrayNode tags = item.putArray("tags");
            a.getSubjects().stream().map(TopicTag::getLabel).distinct().forEach(tags::add);
        }
        item.putObject("_kawat").put("version", a.getVersion()).put("cluster_id", a.getClusterId());
        return item;
    }
}
