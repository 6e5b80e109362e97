package io.kawat.bench.translate;

import io.kawat.bench.gen.BenchSource;
import io.kawat.bench.gen.StoryStream;
import io.kawat.bench.gen.StoryVersion;
import io.kawat.bench.gen.TemplateCorpus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One English story as the translate service sends it to an engine: the headline, then the body paragraphs (one call
 * per story and language, like {@code StoryTranslator}).
 */
public record BenchStory(String storyId, List<String> texts) {
    public BenchStory {
        texts = List.copyOf(texts);
    }

    /** Characters in all texts. */
    public long characters() {
        return texts.stream().mapToLong(String::length).sum();
    }

    /** The first {@code count} new English stories of the bench generator (template corpus, fixed seed). */
    public static List<BenchStory> english(int count, long seed) {
        StoryStream stream = new StoryStream(
                TemplateCorpus.load(), BenchSource.all(), StoryStream.Mix.defaults(), seed, "translate");
        List<BenchStory> stories = new ArrayList<>(count);
        Instant now = Instant.parse("2026-03-23T10:00:00Z");
        for (int i = 0; stories.size() < count; i++) {
            if (i > count * 200) {
                throw new IllegalStateException("the generator gave only " + stories.size() + " English stories");
            }
            StoryVersion version = stream.next(now.plusSeconds(i));
            if (version.kind() == StoryVersion.Kind.NEW && version.language().equals("en")) {
                List<String> texts = new ArrayList<>();
                texts.add(version.headline());
                texts.addAll(version.paragraphs());
                stories.add(new BenchStory(version.storyId(), texts));
            }
        }
        return stories;
    }
}
