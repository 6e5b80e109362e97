package io.kawat.training.topics;

import io.kawat.training.TrainingData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The topic corpora in the training cache (see training/README.md) mapped to IPTC Media Topics top level, and their
 * fixed train/dev/test split: a story's split is decided by a seeded hash of its id (70% train, 15% dev, 15% test),
 * so it never changes between runs or when a corpus grows.
 */
public final class TopicCorpora {

    /** Split seed: changing it would change every split, so it is fixed. */
    static final String SEED = "kawat-topics-23";

    /** The three splits of a corpus. */
    public record Splits(List<LabelledStory> train, List<LabelledStory> dev, List<LabelledStory> test) {}

    /** MasakhaNEWS (English: BBC News) categories to IPTC Media Topics. */
    static final Map<String, String> MASAKHANEWS = Map.of(
            "business", "medtop:04000000",
            "entertainment", "medtop:01000000",
            "health", "medtop:07000000",
            "politics", "medtop:11000000",
            "religion", "medtop:12000000",
            "sports", "medtop:15000000",
            "technology", "medtop:13000000");

    private TopicCorpora() {}

    /** MasakhaNEWS English from the cache folder {@code masakhanews-eng} (its dev.tsv and test.tsv, pooled). */
    public static List<LabelledStory> masakhaNewsEnglish() {
        Path dir = TrainingData.corpus("masakhanews-eng");
        Map<String, LabelledStory> byId = new LinkedHashMap<>();
        for (String file : List.of("dev.tsv", "test.tsv")) {
            for (LabelledStory s : readMasakhaNews(dir.resolve(file), "en")) {
                byId.putIfAbsent(s.id(), s);
            }
        }
        return List.copyOf(byId.values());
    }

    /** Reads one MasakhaNEWS TSV (columns category, headline, text, url; quoted fields may span lines). */
    static List<LabelledStory> readMasakhaNews(Path file, String language) {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<List<String>> rows = Tsv.parse(content);
        List<LabelledStory> out = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() < 4) {
                throw new IllegalStateException(file + ": row with " + row.size() + " fields: " + row);
            }
            String qcode = MASAKHANEWS.get(row.get(0).strip());
            if (qcode == null) {
                throw new IllegalStateException(file + ": unknown category " + row.get(0));
            }
            out.add(new LabelledStory(row.get(3), language, row.get(1), row.get(2), Set.of(qcode)));
        }
        return out;
    }

    /** The fixed split of a corpus by seeded hash of each story's id. */
    public static Splits split(List<LabelledStory> stories) {
        List<LabelledStory> train = new ArrayList<>();
        List<LabelledStory> dev = new ArrayList<>();
        List<LabelledStory> test = new ArrayList<>();
        for (LabelledStory s : stories) {
            long bucket = Long.remainderUnsigned(fnv1a(SEED + "\u0000" + s.id()), 100);
            (bucket < 70 ? train : bucket < 85 ? dev : test).add(s);
        }
        return new Splits(train, dev, test);
    }

    static long fnv1a(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
