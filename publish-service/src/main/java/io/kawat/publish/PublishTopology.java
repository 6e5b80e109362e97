package io.kawat.publish;

import io.kawat.platform.streams.DeadLetters;
import io.kawat.platform.streams.InternalAvroSerde;
import io.kawat.publish.internal.compose.ArticleComposer;
import io.kawat.publish.internal.topology.PublishSteps;
import io.kawat.schemas.Topic;
import io.kawat.schemas.Topics;
import io.kawat.schemas.avro.EnrichedStory;
import java.time.Clock;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * {@code news.enriched.v1} → {@code news.articles.v1}: decode (poison to the DLQ), then, on one partition, keep each
 * event cluster's members and compose one article per (cluster, edition language). A pure factory.
 */
public final class PublishTopology {
    private PublishTopology() {
    }

    public static Topology build(Topics topics, ArticleComposer composer, List<String> editions, Clock clock) {
        StreamsBuilder builder = new StreamsBuilder();
        Topic<String, EnrichedStory> input = topics.enrichedStories();
        KStream<String, EnrichedStory> stories = DeadLetters.decodeOrDeadLetter(builder, input, topics.deadLetters(input), "publish")
                .repartition(Repartitioned.<String, EnrichedStory>as("publish-compose")
                        .withKeySerde(Serdes.String()).withValueSerde(InternalAvroSerde.of(EnrichedStory.class))
                        .withNumberOfPartitions(1));
        PublishSteps.compose(builder, stories, composer, editions, clock)
                .to(topics.articles().name(), Produced.with(topics.articles().keySerde(), topics.articles().valueSerde())
                        .withName("publish-sink"));
        return builder.build();
    }
}
