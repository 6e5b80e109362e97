package io.kawat.translate;

import io.kawat.platform.streams.DeadLetters;
import io.kawat.schemas.Topic;
import io.kawat.schemas.Topics;
import io.kawat.schemas.avro.EnrichedStory;
import io.kawat.schemas.avro.StoryTranslation;
import io.kawat.translate.internal.topology.PendingTranslation;
import io.kawat.translate.internal.topology.RetryBackoff;
import io.kawat.translate.internal.topology.StoryTranslator;
import io.kawat.translate.internal.topology.TranslateProcessor;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

/**
 * {@code news.enriched.v1} → {@code news.translations.v1}: decode (poison to the DLQ), then translate every usable,
 * original story into each edition language other than its own, retrying retriable failures from the
 * {@code translate-pending} store (see {@link io.kawat.translate.internal.topology.TranslateProcessor}). The slow
 * engine calls happen here only, never in publish. A pure factory: tests build it with TopologyTestDriver.
 */
public final class TranslateTopology {
    private TranslateTopology() {
    }

    /** The topology with the default retry backoff (5 s doubling to 5 min). */
    public static Topology build(Topics topics, TranslationService service, List<String> editions, Clock clock) {
        return build(topics, service, editions, clock, RetryBackoff.defaults());
    }

    public static Topology build(Topics topics, TranslationService service, List<String> editions, Clock clock,
                                 RetryBackoff backoff) {
        StreamsBuilder builder = new StreamsBuilder();
        Topic<String, EnrichedStory> input = topics.enrichedStories();
        Topic<String, StoryTranslation> output = topics.storyTranslations();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(TranslateProcessor.PENDING),
                Serdes.String(), PendingTranslation.serde()));
        List<String> languages = editions.stream().map(l -> l.strip().toLowerCase(Locale.ROOT))
                .filter(l -> !l.isEmpty()).distinct().toList();
        StoryTranslator translator = new StoryTranslator(service, clock);
        DeadLetters.decodeOrDeadLetter(builder, input, topics.deadLetters(input), "translate")
                .process(() -> new TranslateProcessor(translator, languages, backoff), Named.as("translate-stories"),
                        TranslateProcessor.PENDING)
                .to(output.name(), Produced.with(output.keySerde(), output.valueSerde()).withName("translate-sink"));
        return builder.build();
    }
}
