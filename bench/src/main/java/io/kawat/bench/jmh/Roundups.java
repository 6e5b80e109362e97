package io.kawat.bench.jmh;

import io.kawat.bench.gen.DocumentWriter;
import io.kawat.bench.gen.StoryVersion;
import io.kawat.enrich.internal.Analysis;
import io.kawat.enrich.internal.StoryAnalyzer;
import io.kawat.ingest.WireDocuments;
import io.kawat.publish.internal.compose.RelatedCandidate;
import io.kawat.schemas.avro.EnrichedStory;
import io.kawat.schemas.avro.WireStory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Inputs of article composition: the member stories of one generated event, enriched as the enrich service would
 * (analysis, one cluster, copies pointing at their original), and "Read also" candidates as publish keeps them.
 */
final class Roundups {

    static final String CLUSTER = "evt-20250101T000000-bench0001";

    private final StoryAnalyzer analyzer = BenchData.analyzer();
    private final WireDocuments parsers = new WireDocuments();
    private final DocumentWriter writer = new DocumentWriter();

    /** The first {@code size} members of the first generated event told by five sources, enriched. */
    List<EnrichedStory> members(int size) {
        for (List<StoryVersion> event : BenchData.events(1_000, 17).values()) {
            if (event.size() < 5) {
                continue;
            }
            List<EnrichedStory> out = new ArrayList<>();
            for (StoryVersion v : event.subList(0, size)) {
                WireStory story = parse(v);
                String original = v.copyOf() == null
                        ? null
                        : event.stream()
                                .filter(o -> o.guid().equals(v.copyOf()))
                                .map(StoryVersion::storyId)
                                .findFirst()
                                .orElse(null);
                try {
                    out.add(enriched(story, analyzer.analyze(story), original));
                } catch (RuntimeException e) {
                    // a story the analyzer refuses (see BenchData#analysable): try the next event
                    out = null;
                    break;
                }
            }
            if (out != null) {
                return out;
            }
        }
        throw new IllegalStateException("no generated event has five analysable members");
    }

    /** {@code count} candidates for related links, from other generated stories' keywords and entities. */
    List<RelatedCandidate> related(int count) {
        List<RelatedCandidate> out = new ArrayList<>();
        List<WireStory> stories = BenchData.analysable(analyzer, BenchData.stories(100, 19));
        for (int i = 0; out.size() < count; i++) {
            WireStory s = stories.get(i % stories.size());
            Analysis a = analyzer.analyze(s);
            out.add(new RelatedCandidate(
                    "kawat:article:evt-related-" + i + ":en",
                    s.getHeadline(),
                    a.keywords(),
                    a.entities().stream().map(RelatedCandidate::entityKey).toList()));
        }
        return out;
    }

    private WireStory parse(StoryVersion v) {
        WireDocuments.Origin origin = new WireDocuments.Origin(
                v.source().id(),
                v.source().name(),
                "push:" + v.source().id(),
                v.source().language());
        try {
            return parsers.stories(writer.stories(v.source(), List.of(v)).body(), null, origin)
                    .get(0);
        } catch (WireDocuments.UnreadableDocumentException e) {
            throw new IllegalStateException("generated story does not parse", e);
        }
    }

    static EnrichedStory enriched(WireStory story, Analysis a, String duplicateOf) {
        return EnrichedStory.newBuilder()
                .setStory(story)
                .setParagraphs(a.paragraphs())
                .setLanguage(a.language())
                .setLanguageConfidence(a.languageConfidence())
                .setDeclaredLanguage(a.declaredLanguage())
                .setEntities(a.entities())
                .setTopics(a.topics())
                .setKeywords(a.keywords())
                .setSummary(a.summary())
                .setWordCount(a.wordCount())
                .setReadingTimeMinutes(a.readingTimeMinutes())
                .setDuplicateOf(duplicateOf)
                .setClusterId(CLUSTER)
                .setTranslations(List.of())
                .setEnrichedAt(Instant.now())
                .build();
    }
}
