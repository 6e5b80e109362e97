package io.kawat.bench.gen;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes story versions as wire documents: RSS 2.0 (with {@code content:encoded}) or Atom 1.0 for first versions and
 * updates, a ninjs array for kills. Every item carries its versioned link (see {@link StoryVersion#url()}).
 */
public final class DocumentWriter {

    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final int STANDFIRST_WORDS = 30;
    private final ObjectMapper json = new ObjectMapper();

    /** One document of {@code versions}, all of {@code source}; kills must go alone, see {@link #kills}. */
    public WireDocument stories(BenchSource source, List<StoryVersion> versions) {
        String xml = source.format() == BenchSource.Format.RSS ? rss(source, versions) : atom(source, versions);
        String type = source.format() == BenchSource.Format.RSS ? "application/rss+xml" : "application/atom+xml";
        return new WireDocument(source, type, xml.getBytes(StandardCharsets.UTF_8), versions);
    }

    /** One ninjs array of kills of {@code source}'s stories. */
    public WireDocument kills(BenchSource source, List<StoryVersion> kills) {
        ArrayNode array = json.createArrayNode();
        for (StoryVersion v : kills) {
            ObjectNode item = array.addObject();
            item.put("uri", v.guid());
            item.put("type", "text");
            item.put("version", Integer.toString(v.version()));
            item.put("versioncreated", v.created().toString());
            item.put("pubstatus", "canceled");
            item.put("language", v.language());
            item.put("headline", v.headline());
            item.put("body_html", html(v.paragraphs()));
        }
        try {
            return new WireDocument(source, "application/json", json.writeValueAsBytes(array), kills);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write ninjs", e);
        }
    }

    private static String rss(BenchSource source, List<StoryVersion> versions) {
        StringBuilder x = new StringBuilder(4096 * versions.size());
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" ")
                .append("xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n<channel>\n<title>")
                .append(escape(source.name()))
                .append("</title>\n<link>https://wire.bench.kawat.test/")
                .append(source.id())
                .append("</link>\n<description>Load driver feed</description>\n<language>")
                .append(source.language())
                .append("</language>\n");
        for (StoryVersion v : versions) {
            x.append("<item>\n<title>")
                    .append(escape(v.headline()))
                    .append("</title>\n<link>")
                    .append(escape(v.url()))
                    .append("</link>\n<guid isPermaLink=\"false\">")
                    .append(escape(v.guid()))
                    .append("</guid>\n<pubDate>")
                    .append(RFC_1123.format(v.created()))
                    .append("</pubDate>\n<description>")
                    .append(escape(standfirst(v)))
                    .append("</description>\n<content:encoded><![CDATA[")
                    .append(html(v.paragraphs()))
                    .append("]]></content:encoded>\n</item>\n");
        }
        return x.append("</channel>\n</rss>\n").toString();
    }

    private static String atom(BenchSource source, List<StoryVersion> versions) {
        StringBuilder x = new StringBuilder(4096 * versions.size());
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
                .append(source.language())
                .append("\">\n<title>")
                .append(escape(source.name()))
                .append("</title>\n<id>urn:kawat:bench:")
                .append(source.id())
                .append("</id>\n<updated>")
                .append(versions.get(versions.size() - 1).created())
                .append("</updated>\n");
        for (StoryVersion v : versions) {
            x.append("<entry>\n<id>")
                    .append(escape(v.guid()))
                    .append("</id>\n<title>")
                    .append(escape(v.headline()))
                    .append("</title>\n<link rel=\"alternate\" href=\"")
                    .append(escape(v.url()))
                    .append("\"/>\n<published>")
                    .append(v.created())
                    .append("</published>\n<updated>")
                    .append(v.created())
                    .append("</updated>\n<author><name>")
                    .append(escape(source.name()))
                    .append(" staff</name></author>\n<content type=\"html\">")
                    .append(escape(html(v.paragraphs())))
                    .append("</content>\n</entry>\n");
        }
        return x.append("</feed>\n").toString();
    }

    private static String standfirst(StoryVersion v) {
        String[] words = v.paragraphs().get(0).split(" ");
        return words.length <= STANDFIRST_WORDS
                ? v.paragraphs().get(0)
                : String.join(" ", List.of(words).subList(0, STANDFIRST_WORDS)) + " ...";
    }

    private static String html(List<String> paragraphs) {
        StringBuilder h = new StringBuilder();
        for (String p : paragraphs) {
            h.append("<p>").append(escape(p)).append("</p>");
        }
        return h.toString();
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
