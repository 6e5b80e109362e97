package io.kawat.enrich.internal;

import io.kawat.enrich.internal.entity.EntityExtractor;
import io.kawat.enrich.internal.keyword.DocumentFrequencies;
import io.kawat.enrich.internal.keyword.KeywordExtractor;
import io.kawat.enrich.internal.language.LanguageIdentifier;
import io.kawat.enrich.internal.language.LanguageResult;
import io.kawat.enrich.internal.text.Summarizer;
import io.kawat.enrich.internal.text.TermAnalyzer;
import io.kawat.enrich.internal.text.TextCleaner;
import io.kawat.enrich.internal.text.Words;
import io.kawat.enrich.internal.topic.MediaTopics;
import io.kawat.enrich.internal.topic.TopicClassifier;
import io.kawat.enrich.internal.topic.TopicModel;
import io.kawat.enrich.internal.topic.TopicRules;
import io.kawat.schemas.avro.Entity;
import io.kawat.schemas.avro.TopicTag;
import io.kawat.schemas.avro.WireStory;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stateless analysis of one story: clean paragraphs, language, entities, topics, keywords, summary, word count and
 * reading time. Built once with {@link #load}; thread-safe.
 *
 * <p>The one piece of memory is the keyword corpus ({@link DocumentFrequencies}): document frequencies of recent
 * stories per language, in memory and bounded, so keywords are approximate after a restart (documented there).
 */
public final class StoryAnalyzer {

    private static final Logger LOG = LoggerFactory.getLogger(StoryAnalyzer.class);
    private static final int CORPUS_HALF_LIFE = 5_000;
    private static final int CORPUS_MAX_TERMS = 100_000;

    private final TextCleaner cleaner = new TextCleaner();
    private final Summarizer summarizer = new Summarizer();
    private final LanguageIdentifier languages;
    private final EntityExtractor entities;
    private final TermAnalyzer terms;
    private final KeywordExtractor keywords;
    private final TopicClassifier topics;

    private StoryAnalyzer(
            LanguageIdentifier languages, EntityExtractor entities, TermAnalyzer terms, TopicClassifier topics) {
        this.languages = languages;
        this.entities = entities;
        this.terms = terms;
        this.keywords = new KeywordExtractor(new DocumentFrequencies(CORPUS_HALF_LIFE, CORPUS_MAX_TERMS));
        this.topics = topics;
    }

    /** Loads gazetteers, vocabularies, rules and the language models of the configured languages. */
    public static StoryAnalyzer load(AnalyzerConfig config) {
        long start = System.nanoTime();
        LanguageIdentifier languages = LanguageIdentifier.forLanguages(config.languages());
        EntityExtractor entities = EntityExtractor.load();
        TermAnalyzer terms = new TermAnalyzer(config.languages());
        MediaTopics vocabulary = MediaTopics.load();
        TopicRules rules = TopicRules.load(terms, vocabulary);
        LOG.info(
                "story analyzer loaded in {} ms: {} languages, {} topic rules",
                (System.nanoTime() - start) / 1_000_000,
                config.languages().size(),
                rules.size());
        TopicClassifier classifier = new TopicClassifier(vocabulary, rules, TopicModel.bundled(config.languages()));
        return new StoryAnalyzer(languages, entities, terms, classifier);
    }

    /** Analyses one story version. */
    public Analysis analyze(WireStory story) {
        List<String> paragraphs = cleaner.paragraphs(story.getBodyHtml(), story.getBodyText());
        String headline = TextCleaner.normaliseSpace(story.getHeadline());
        String standfirst = story.getStandfirst() == null ? "" : TextCleaner.normaliseSpace(story.getStandfirst());
        String text = headline + "\n" + (standfirst.isEmpty() ? "" : standfirst + "\n") + String.join("\n", paragraphs);
        LanguageResult language = languages.identify(text, story.getLanguage());
        String lang = language.language();
        List<Entity> found = entities.extract(text, headline.length(), lang);
        List<TermAnalyzer.Term> analysed = terms.terms(text, lang);
        List<String> keys = keywords.extract(text, headline.length(), analysed, nameWords(found), lang);
        List<TopicTag> tags = topics.classify(analysed, headline.length(), found, story.getSubjects(), lang);
        int wordCount = Words.count(paragraphs);
        return new Analysis(
                paragraphs,
                lang,
                language.confidence(),
                story.getLanguage(),
                found,
                tags,
                keys,
                summarizer.summarise(standfirst, paragraphs),
                wordCount,
                Words.readingMinutes(wordCount));
    }

    private static Set<String> nameWords(List<Entity> found) {
        Set<String> out = new HashSet<>();
        for (Entity e : found) {
            for (String mention : e.getMentions()) {
                out.addAll(Words.tokens(mention));
            }
        }
        return out;
    }
}
