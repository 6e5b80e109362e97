package io.kawat.bench.gen;

import io.kawat.fixtures.WireFiles;
import io.kawat.ingest.WireDocuments;
import io.kawat.schemas.avro.WireStory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Real wire copy to build synthetic stories from: every wire fixture and the launcher's bundled samples, parsed
 * with Kawat's own parsers, cut into sentences and grouped by language (primary subtag). Stories that declare no
 * language are assigned English or German by counting function words, or left out.
 */
public final class TemplateCorpus {

    private static final Logger LOG = LoggerFactory.getLogger(TemplateCorpus.class);
    private static final String SAMPLES = "/io/kawat/launcher/samples/";
    private static final List<String> SAMPLE_FILES = List.of(
            "reuters/nato-blinken-brussels.xml",
            "voa/voa-world.rss",
            "euronews/euronews-news.mrss",
            "voa-id/voa-indonesia.rss");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])[\"”»]?\\s+(?=[\\p{Lu}\"“«])");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "in", "is", "was", "for");
    private static final Set<String> GERMAN = Set.of("der", "die", "und", "das", "den", "ist", "nicht", "mit");

    private final Map<String, List<String>> sentences;
    private final Map<String, List<String>> headlines;
    private final int stories;

    private TemplateCorpus(Map<String, List<String>> sentences, Map<String, List<String>> headlines, int stories) {
        this.sentences = sentences;
        this.headlines = headlines;
        this.stories = stories;
    }

    /** Parses the wire fixtures (fixtures module) and the bundled samples. */
    public static TemplateCorpus load() {
        WireDocuments parsers = new WireDocuments();
        WireDocuments.Origin origin = new WireDocuments.Origin("corpus", "Corpus", "corpus", null);
        Map<String, Set<String>> sentences = new TreeMap<>();
        Map<String, Set<String>> headlines = new TreeMap<>();
        int count = 0;
        List<byte[]> documents = new ArrayList<>();
        for (Path file : WireFiles.files()) {
            documents.add(read(file));
        }
        for (String sample : SAMPLE_FILES) {
            documents.add(resource(SAMPLES + sample));
        }
        for (byte[] document : documents) {
            List<WireStory> parsed;
            try {
                parsed = parsers.stories(document, null, origin);
            } catch (WireDocuments.UnreadableDocumentException e) {
                LOG.debug("fixture not usable as a template: {}", e.getMessage());
                continue;
            }
            for (WireStory story : parsed) {
                String language = language(story);
                if (language == null) {
                    continue;
                }
                count++;
                headlines
                        .computeIfAbsent(language, l -> new LinkedHashSet<>())
                        .add(story.getHeadline().strip());
                sentences.computeIfAbsent(language, l -> new LinkedHashSet<>()).addAll(split(story));
            }
        }
        Map<String, List<String>> bySentence = new TreeMap<>();
        sentences.forEach((l, s) -> {
            if (!s.isEmpty()) {
                bySentence.put(l, List.copyOf(s));
            }
        });
        Map<String, List<String>> byHeadline = new TreeMap<>();
        headlines.forEach((l, h) -> byHeadline.put(l, List.copyOf(h)));
        LOG.info(
                "template corpus: {} stories; sentences per language {}",
                count,
                bySentence.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue().size())
                        .toList());
        return new TemplateCorpus(bySentence, byHeadline, count);
    }

    /** Languages with at least one sentence, sorted. */
    public List<String> languages() {
        return List.copyOf(sentences.keySet());
    }

    /** Sentences of one language (empty for an unknown language). */
    public List<String> sentences(String language) {
        return sentences.getOrDefault(language, List.of());
    }

    /** Headlines of one language (empty for an unknown language). */
    public List<String> headlines(String language) {
        return headlines.getOrDefault(language, List.of());
    }

    /** How many template stories were read. */
    public int storyCount() {
        return stories;
    }

    private static List<String> split(WireStory story) {
        List<String> out = new ArrayList<>();
        for (String paragraph : story.getBodyText().split("\\n+")) {
            for (String sentence : SENTENCE_END.split(paragraph.strip())) {
                String s = SPACES.matcher(sentence).replaceAll(" ").strip();
                int words = s.isEmpty() ? 0 : s.split(" ").length;
                if (words >= 6 && words <= 60 && !s.contains("http") && !s.contains("]]>")) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static String language(WireStory story) {
        String declared = story.getLanguage();
        if (declared != null && !declared.isBlank()) {
            return declared.split("-")[0].toLowerCase(Locale.ROOT);
        }
        int english = 0;
        int german = 0;
        for (String word : story.getBodyText().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            english += ENGLISH.contains(word) ? 1 : 0;
            german += GERMAN.contains(word) ? 1 : 0;
        }
        if (Math.max(english, german) < 3) {
            return null;
        }
        return english >= german ? "en" : "de";
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = TemplateCorpus.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " (is the launcher on the class path?)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }
}
