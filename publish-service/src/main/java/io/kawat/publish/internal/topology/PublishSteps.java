package io.kawat.publish.internal.topology;

import io.kawat.publish.internal.compose.ArticleComposer;
import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.EnrichedStory;
import java.time.Clock;
import java.util.List;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;

/** The composition step of the publish topology, with its stores. */
public final class PublishSteps {
    private PublishSteps() {
    }

    public static KStream<String, Article> compose(StreamsBuilder builder, KStream<String, EnrichedStory> stories,
                                                   ArticleComposer composer, List<String> editions, Clock clock) {
        PublishStores.add(builder);
        return stories.process(() -> new ComposeProcessor(composer, editions, clock), Named.as("publish-compose"),
                PublishStores.MEMBERS, PublishStores.STORY_CLUSTER, PublishStores.ARTICLES, PublishStores.VERSIONS,
                PublishStores.EMBARGOED);
    }
}
