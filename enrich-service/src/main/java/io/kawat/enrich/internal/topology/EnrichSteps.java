package io.kawat.enrich.internal.topology;

import io.kawat.enrich.internal.Analysis;
import io.kawat.enrich.internal.MatcherConfig;
import io.kawat.enrich.internal.StoryAnalyzer;
import io.kawat.platform.streams.DeadLetters;
import io.kawat.platform.streams.Outcome;
import io.kawat.schemas.Topic;
import io.kawat.schemas.avro.EnrichedStory;
import io.kawat.schemas.avro.WireStory;
import java.time.Clock;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.Stores;

/** The steps of the enrich topology, each named, each stateful one with its store declared here. */
public final class EnrichSteps {
    private EnrichSteps() {}

    public static void addStores(StreamsBuilder builder) {
        builder.addStateStore(Stores.keyValueStoreBuilder(
                        Stores.persistentKeyValueStore(VersionGateProcessor.STORE), Serdes.String(), Serdes.Long())
                .withCachingEnabled());
        // cached: the matcher rewrites the same bookkeeping keys for every story, the changelog gets them once a commit
        builder.addStateStore(Stores.keyValueStoreBuilder(
                        Stores.persistentKeyValueStore(MatchProcessor.STORE), Serdes.String(), Serdes.ByteArray())
                .withCachingEnabled());
    }

    public static KStream<String, WireStory> versionGate(KStream<String, WireStory> stories) {
        return stories.processValues(
                VersionGateProcessor::new, Named.as("enrich-version-gate"), VersionGateProcessor.STORE);
    }

    public static KStream<String, EnrichedStory> match(KStream<String, EnrichedStory> stories, MatcherConfig config) {
        return stories.processValues(
                () -> new MatchProcessor(config), Named.as("enrich-cluster"), MatchProcessor.STORE);
    }

    /** Analyses one story; a failure becomes an outcome for the DLQ with the story's bytes and the reason. */
    public static FixedKeyProcessor<String, WireStory, Outcome<EnrichedStory>> analysis(
            StoryAnalyzer analyzer, Clock clock, Topic<String, WireStory> input) {
        return new FixedKeyProcessor<>() {
            private FixedKeyProcessorContext<String, Outcome<EnrichedStory>> context;

            @Override
            public void init(FixedKeyProcessorContext<String, Outcome<EnrichedStory>> context) {
                this.context = context;
            }

            @Override
            public void process(FixedKeyRecord<String, WireStory> record) {
                try {
                    context.forward(record.withValue(
                            Outcome.ok(enrich(record.value(), analyzer.analyze(record.value()), clock))));
                } catch (RuntimeException e) {
                    DeadLetters.describe(
                            record.headers(),
                            e,
                            "enrich-analyse",
                            context.recordMetadata().orElse(null));
                    byte[] raw = input.valueSerde().serializer().serialize(input.name(), record.value());
                    context.forward(record.withValue(Outcome.failed(raw, e)));
                }
            }
        };
    }

    static EnrichedStory enrich(WireStory story, Analysis a, Clock clock) {
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
                .setDuplicateOf(null)
                .setClusterId(story.getStoryId())
                .setTranslations(java.util.List.of())
                .setEnrichedAt(clock.instant())
                .build();
    }
}
