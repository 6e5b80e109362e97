package io.kawat.bench.gen;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/** One source's own telling of an event: some of the base sentences, reworded, in paragraphs of one to three. */
final class StoryWriter {

    private StoryWriter() {}

    static StoryVersion rewrite(
            Event event, BenchSource source, String guid, Instant now, SplittableRandom random, TemplateCorpus corpus) {
        String language = source.language();
        Event.Base base = event.base(language);
        List<String> donors = corpus.sentences(language);
        int size = Math.min(pickLength(random), base.sentences().size());
        TreeSet<Integer> chosen = new TreeSet<>();
        while (chosen.size() < size) {
            chosen.add(random.nextInt(base.sentences().size()));
        }
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        int inParagraph = 0;
        int perParagraph = 1 + random.nextInt(3);
        for (int i : chosen) {
            if (inParagraph == perParagraph) {
                paragraphs.add(paragraph.toString());
                paragraph.setLength(0);
                inParagraph = 0;
                perParagraph = 1 + random.nextInt(3);
            }
            if (inParagraph > 0) {
                paragraph.append(' ');
            }
            paragraph.append(Rewriter.edit(base.sentences().get(i), 0.18, donors, random));
            inParagraph++;
        }
        paragraphs.add(paragraph.toString());
        String headline = Rewriter.edit(base.headline(), 0.25, donors, random);
        return new StoryVersion(
                source, guid, 1, StoryVersion.Kind.NEW, event.index, null, language, headline, paragraphs, now);
    }

    /** Sentences in a story: flashes of 2-3 (15%), short 4-8 (45%), medium 9-16 (30%), long 17-30 (10%). */
    private static int pickLength(SplittableRandom random) {
        double r = random.nextDouble();
        if (r < 0.15) {
            return 2 + random.nextInt(2);
        }
        if (r < 0.60) {
            return 4 + random.nextInt(5);
        }
        if (r < 0.90) {
            return 9 + random.nextInt(8);
        }
        return 17 + random.nextInt(14);
    }
}
