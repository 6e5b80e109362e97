package io.kawat.publish.internal.topology;

import io.kawat.publish.internal.compose.ArticleComposer;
import io.kawat.schemas.avro.Article;
import java.time.Clock;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;

/** The composition step of the publish topology, with its stores. */
public final class PublishSteps {
    private PublishSteps() {}

    /**
     * Composes articles from {@code inputs}: enriched story versions, operator commands and story translations
     * ({@code EnrichedStory}, {@code ArticleCommand} and {@code StoryTranslation} values), all on the single compose
     * partition, so that one task applies them to the same stores.
     */
    public static KStream<String, Article> compose(
            StreamsBuilder builder,
            KStream<String, SpecificRecord> inputs,
            ArticleComposer composer,
            List<String> editions,
            Clock clock) {
        PublishStores.add(builder);
        return inputs.process(
                () -> new ComposeProcessor(composer, editions, clock),
                Named.as("publish-compose"),
                PublishStores.MEMBERS,
                PublishStores.STORY_CLUSTER,
                PublishStores.ARTICLES,
                PublishStores.VERSIONS,
                PublishStores.EMBARGOED,
                PublishStores.KILLED,
                PublishStores.CORRECTIONS,
                PublishStores.TRANSLATIONS);
    }
}
