package io.kawat.enrich.internal.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kawat.enrich.internal.TestStories;
import io.kawat.fixtures.WireFiles;
import io.kawat.schemas.avro.WireStory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Loads {@code eval/stories.json}: stories written inline, and stories taken from a wire feed fixture (headline
 * from the item's title, body from its description), in receive-time order.
 */
final class EvalSet {

    private EvalSet() {}

    static List<EvalStory> load() throws IOException {
        JsonNode root;
        try (InputStream in = EvalSet.class.getResourceAsStream("/eval/stories.json")) {
            root = new ObjectMapper().readTree(in);
        }
        List<EvalStory> out = new ArrayList<>();
        for (JsonNode s : root.get("stories")) {
            out.add(new EvalStory(
                    story(s),
                    s.at("/expected/language").asText(),
                    entities(s.at("/expected/entities")),
                    s.at("/expected/topic").asText(),
                    s.at("/expected/cluster").asText(),
                    s.at("/expected/duplicateOf").isNull()
                            ? null
                            : s.at("/expected/duplicateOf").asText()));
        }
        out.sort(Comparator.comparing((EvalStory e) -> e.story().getReceivedAt().getEpochMillis())
                .thenComparing(EvalStory::id));
        return out;
    }

    private static WireStory story(JsonNode s) throws IOException {
        String id = s.get("id").asText();
        Instant at = Instant.parse(s.get("receivedAt").asText());
        String declared = s.get("declaredLanguage").isNull()
                ? null
                : s.get("declaredLanguage").asText();
        if (s.has("fixture")) {
            Element item = fixtureItem(
                    WireFiles.root().resolve(s.at("/fixture/path").asText()),
                    s.at("/fixture/item").asText());
            String html = item.selectFirst("description").wholeText();
            return TestStories.builder(
                            id, at, declared, item.selectFirst("title").text())
                    .setSourceName(s.get("sourceName").asText())
                    .setBodyHtml(html)
                    .setBodyText(Jsoup.parse(html).text())
                    .build();
        }
        List<String> paragraphs = new ArrayList<>();
        s.get("paragraphs").forEach(p -> paragraphs.add(p.asText()));
        String standfirst =
                s.get("standfirst").isNull() ? null : s.get("standfirst").asText();
        WireStory story = TestStories.story(id, at, declared, s.get("headline").asText(), standfirst, paragraphs);
        story.setSourceName(s.get("sourceName").asText());
        return story;
    }

    private static Element fixtureItem(Path file, String guid) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Document doc = Jsoup.parse(in, null, "", Parser.xmlParser());
            for (Element item : doc.select("item")) {
                Element g = item.selectFirst("guid");
                if (guid.equals(item.attr("rdf:about")) || g != null && guid.equals(g.text())) {
                    return item;
                }
            }
        }
        throw new IllegalStateException("no item " + guid + " in " + file);
    }

    private static List<List<String>> entities(JsonNode node) {
        List<List<String>> out = new ArrayList<>();
        node.forEach(e -> out.add(List.of(e.asText().split("\\|"))));
        return out;
    }
}
