package io.kawat.bench.jmh;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import io.kawat.enrich.internal.Analysis;
import io.kawat.enrich.internal.StoryAnalyzer;
import io.kawat.enrich.internal.entity.EntityExtractor;
import io.kawat.enrich.internal.language.LanguageIdentifier;
import io.kawat.enrich.internal.language.LanguageResult;
import io.kawat.enrich.internal.text.TermAnalyzer;
import io.kawat.enrich.internal.text.TextCleaner;
import io.kawat.enrich.internal.topic.MediaTopics;
import io.kawat.enrich.internal.topic.TopicClassifier;
import io.kawat.enrich.internal.topic.TopicRules;
import io.kawat.schemas.avro.Entity;
import io.kawat.schemas.avro.TopicTag;
import io.kawat.schemas.avro.WireStory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Enrich's per-story analysis and its parts, over 64 generated stories in the generator's language mix (one story
 * per operation, cycling): the whole {@link StoryAnalyzer#analyze}, language identification with its Lingua baseline
 * (the bare detector, same languages and mode, without Kawat's confidence and declared-language logic), entity
 * extraction, Lucene term analysis, and topic classification over already analysed terms.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms256m", "-Xmx1g", "-XX:+UseSerialGC"})
public class AnalysisBenchmark {

    /** One story with the intermediate results the stage benchmarks start from. */
    private record Input(
            WireStory story,
            String text,
            int headlineEnd,
            String language,
            List<Entity> entities,
            List<TermAnalyzer.Term> terms) {}

    private final List<Input> inputs = new ArrayList<>();
    private StoryAnalyzer analyzer;
    private LanguageIdentifier languages;
    private LanguageDetector lingua;
    private EntityExtractor entities;
    private TermAnalyzer terms;
    private TopicClassifier topics;
    private int next;

    @Setup
    public void setUp() {
        analyzer = BenchData.analyzer();
        List<String> codes = BenchData.languages();
        languages = LanguageIdentifier.forLanguages(codes);
        lingua = LanguageDetectorBuilder.fromIsoCodes639_1(codes.stream()
                        .map(c -> IsoCode639_1.valueOf(c.toUpperCase(Locale.ROOT)))
                        .toArray(IsoCode639_1[]::new))
                .withLowAccuracyMode()
                .withPreloadedLanguageModels()
                .build();
        entities = EntityExtractor.load();
        terms = new TermAnalyzer(codes);
        MediaTopics vocabulary = MediaTopics.load();
        topics = new TopicClassifier(vocabulary, TopicRules.load(terms, vocabulary));
        TextCleaner cleaner = new TextCleaner();
        for (WireStory story : BenchData.analysable(analyzer, BenchData.stories(64, 7))) {
            Analysis a = analyzer.analyze(story);
            String headline = TextCleaner.normaliseSpace(story.getHeadline());
            String text =
                    headline + "\n" + String.join("\n", cleaner.paragraphs(story.getBodyHtml(), story.getBodyText()));
            inputs.add(new Input(
                    story, text, headline.length(), a.language(), a.entities(), terms.terms(text, a.language())));
        }
    }

    @Benchmark
    public Analysis analyze() {
        return analyzer.analyze(input().story());
    }

    @Benchmark
    public LanguageResult language() {
        Input in = input();
        return languages.identify(in.text(), in.story().getLanguage());
    }

    @Benchmark
    public Language languageLinguaBaseline() {
        String text = input().text();
        // the identifier reads at most its first 3,000 characters too
        return lingua.detectLanguageOf(text.length() > 3_000 ? text.substring(0, 3_000) : text);
    }

    @Benchmark
    public List<Entity> entities() {
        Input in = input();
        return entities.extract(in.text(), in.headlineEnd(), in.language());
    }

    @Benchmark
    public List<TermAnalyzer.Term> terms() {
        Input in = input();
        return terms.terms(in.text(), in.language());
    }

    @Benchmark
    public List<TopicTag> topics() {
        Input in = input();
        return topics.classify(
                in.terms(), in.headlineEnd(), in.entities(), in.story().getSubjects(), in.language());
    }

    private Input input() {
        next = next + 1 == inputs.size() ? 0 : next + 1;
        return inputs.get(next);
    }
}
