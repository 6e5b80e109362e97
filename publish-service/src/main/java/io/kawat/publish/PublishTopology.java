package io.kawat.publish;

import io.kawat.platform.streams.DeadLetters;
import io.kawat.platform.streams.InternalAvroSerde;
import io.kawat.publish.internal.compose.ArticleComposer;
import io.kawat.publish.internal.topology.PublishSteps;
import io.kawat.schemas.Topic;
import io.kawat.schemas.Topics;
import io.kawat.schemas.avro.ArticleCommand;
import io.kawat.schemas.avro.EnrichedStory;
import io.kawat.schemas.avro.StoryTranslation;
import java.time.Clock;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * {@code news.enriched.v1}, the operator commands of {@code publish.commands.v1} and the story translations of
 * {@code news.translations.v1} → {@code news.articles.v1}: decode all three (poison to their dead-letter topics),
 * then, on one partition, keep each event cluster's members and translations, apply operator commands and compose
 * one article per (cluster, edition language). A pure factory.
 */
public final class PublishTopology {
    private PublishTopology() {}

    public static Topology build(Topics topics, ArticleComposer composer, List<String> editions, Clock clock) {
        StreamsBuilder builder = new StreamsBuilder();
        KStream<String, SpecificRecord> stories = onComposePartition(
                builder, topics, topics.enrichedStories(), EnrichedStory.class, "publish", "publish-compose");
        KStream<String, SpecificRecord> commands = onComposePartition(
                builder,
                topics,
                topics.articleCommands(),
                ArticleCommand.class,
                "publish-commands",
                "publish-command-queue");
        KStream<String, SpecificRecord> translations = onComposePartition(
                builder,
                topics,
                topics.storyTranslations(),
                StoryTranslation.class,
                "publish-translations",
                "publish-translation-queue");
        KStream<String, SpecificRecord> inputs = stories.merge(commands, Named.as("publish-inputs"))
                .merge(translations, Named.as("publish-inputs-translations"));
        PublishSteps.compose(builder, inputs, composer, editions, clock)
                .to(
                        topics.articles().name(),
                        Produced.with(
                                        topics.articles().keySerde(),
                                        topics.articles().valueSerde())
                                .withName("publish-sink"));
        return builder.build();
    }

    /** Reads and decodes {@code input} (poison to its dead-letter topic) and repartitions it onto one partition. */
    private static <V extends SpecificRecord> KStream<String, SpecificRecord> onComposePartition(
            StreamsBuilder builder, Topics topics, Topic<String, V> input, Class<V> type, String stage, String queue) {
        return DeadLetters.decodeOrDeadLetter(builder, input, topics.deadLetters(input), stage)
                .repartition(Repartitioned.<String, V>as(queue)
                        .withKeySerde(Serdes.String())
                        .withValueSerde(InternalAvroSerde.of(type))
                        .withNumberOfPartitions(1))
                .mapValues(value -> (SpecificRecord) value, Named.as(queue + "-input"));
    }
}
