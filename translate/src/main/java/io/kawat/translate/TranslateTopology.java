package io.kawat.translate;

import io.kawat.platform.streams.DeadLetters;
import io.kawat.schemas.Topic;
import io.kawat.schemas.Topics;
import io.kawat.schemas.avro.EnrichedStory;
import io.kawat.schemas.avro.StoryTranslation;
import io.kawat.translate.internal.topology.ByStoryPartitioner;
import io.kawat.translate.internal.topology.PendingTranslation;
import io.kawat.translate.internal.topology.RetryBackoff;
import io.kawat.translate.internal.topology.RetryProcessor;
import io.kawat.translate.internal.topology.StoryTranslator;
import io.kawat.translate.internal.topology.TranslateProcessor;
import io.kawat.translate.internal.topology.TranslationAttempts;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

/**
 * {@code news.enriched.v1} → {@code news.translations.v1}: decode (poison to the DLQ), then translate every usable,
 * original story into each edition language other than its own. A retriable failure goes to
 * {@code news.translations.retry.v1}, which this topology reads back: held until due, re-attempted with exponential
 * backoff, recorded FAILED after the cap (see {@link RetryProcessor}). The retry topic is partitioned by story id,
 * so it must have as many partitions as {@code news.enriched.v1} (both come from {@code topics.partitions}). The
 * slow engine calls happen here only, never in publish. A pure factory: tests build it with TopologyTestDriver.
 */
public final class TranslateTopology {
    private TranslateTopology() {}

    /** The topology with the default retry backoff (5 s doubling to 5 min, 30 attempts). */
    public static Topology build(Topics topics, TranslationService service, List<String> editions, Clock clock) {
        return build(topics, service, editions, clock, RetryBackoff.defaults());
    }

    public static Topology build(
            Topics topics, TranslationService service, List<String> editions, Clock clock, RetryBackoff backoff) {
        StreamsBuilder builder = new StreamsBuilder();
        Topic<String, EnrichedStory> input = topics.enrichedStories();
        Topic<String, EnrichedStory> retries = topics.storyTranslationRetries();
        Topic<String, StoryTranslation> output = topics.storyTranslations();
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(TranslationAttempts.STORE),
                Serdes.String(),
                PendingTranslation.serde()));
        List<String> languages = editions.stream()
                .map(l -> l.strip().toLowerCase(Locale.ROOT))
                .filter(l -> !l.isEmpty())
                .distinct()
                .toList();
        TranslationAttempts attempts = new TranslationAttempts(new StoryTranslator(service, clock), backoff);
        KStream<String, SpecificRecord> fresh = DeadLetters.decodeOrDeadLetter(
                        builder, input, topics.deadLetters(input), "translate")
                .process(
                        () -> new TranslateProcessor(attempts, languages),
                        Named.as("translate-stories"),
                        TranslationAttempts.STORE);
        KStream<String, SpecificRecord> retried = DeadLetters.decodeOrDeadLetter(
                        builder, retries, topics.deadLetters(retries), "translate-retry")
                .process(() -> new RetryProcessor(attempts), Named.as("translate-retries"), TranslationAttempts.STORE);
        Map<String, KStream<String, SpecificRecord>> routes = fresh.merge(retried, Named.as("translate-outcomes"))
                .split(Named.as("translate-route-"))
                .branch((key, value) -> value instanceof StoryTranslation, Branched.as("translation"))
                .defaultBranch(Branched.as("retry"));
        routes.get("translate-route-translation")
                .mapValues(value -> (StoryTranslation) value, Named.as("translate-as-translation"))
                .to(
                        output.name(),
                        Produced.with(output.keySerde(), output.valueSerde()).withName("translate-sink"));
        routes.get("translate-route-retry")
                .mapValues(value -> (EnrichedStory) value, Named.as("translate-as-retry"))
                .to(
                        retries.name(),
                        Produced.with(retries.keySerde(), retries.valueSerde())
                                .withStreamPartitioner(new ByStoryPartitioner())
                                .withName("translate-retry-sink"));
        return builder.build();
    }
}
