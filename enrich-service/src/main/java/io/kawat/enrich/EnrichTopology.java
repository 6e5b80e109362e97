package io.kawat.enrich;

import io.kawat.enrich.internal.MatcherConfig;
import io.kawat.enrich.internal.StoryAnalyzer;
import io.kawat.enrich.internal.topology.EnrichSteps;
import io.kawat.platform.streams.DeadLetters;
import io.kawat.platform.streams.InternalAvroSerde;
import io.kawat.platform.streams.Outcome;
import io.kawat.schemas.Topic;
import io.kawat.schemas.Topics;
import io.kawat.schemas.avro.EnrichedStory;
import io.kawat.schemas.avro.WireStory;
import java.time.Clock;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * {@code wire.stories.v1} → {@code news.enriched.v1}: decode (poison to the DLQ), version gate, analysis (text,
 * language, entities, topics, keywords, summary; failures to the DLQ), then, on one partition, near-duplicates and
 * event clusters. A pure factory: tests build the same topology with TopologyTestDriver.
 */
public final class EnrichTopology {
    private EnrichTopology() {}

    public static Topology build(Topics topics, StoryAnalyzer analyzer, MatcherConfig matcher, Clock clock) {
        StreamsBuilder builder = new StreamsBuilder();
        Topic<String, WireStory> input = topics.wireStories();
        Topic<String, byte[]> deadLetters = topics.deadLetters(input);
        EnrichSteps.addStores(builder);

        KStream<String, WireStory> stories = DeadLetters.decodeOrDeadLetter(builder, input, deadLetters, "enrich");
        KStream<String, Outcome<EnrichedStory>> analysed = EnrichSteps.versionGate(stories)
                .processValues(() -> EnrichSteps.analysis(analyzer, clock, input), Named.as("enrich-analyse"));
        KStream<String, EnrichedStory> enriched = DeadLetters.routeFailures(analysed, deadLetters, "enrich-analyse")
                .repartition(Repartitioned.<String, EnrichedStory>as("enrich-match")
                        .withKeySerde(Serdes.String())
                        .withValueSerde(InternalAvroSerde.of(EnrichedStory.class))
                        .withNumberOfPartitions(1));
        EnrichSteps.match(enriched, matcher)
                .to(
                        topics.enrichedStories().name(),
                        Produced.with(
                                        topics.enrichedStories().keySerde(),
                                        topics.enrichedStories().valueSerde())
                                .withName("enrich-sink"));
        return builder.build();
    }
}
