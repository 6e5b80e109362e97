package io.kawat.publish.internal.topology;

import io.kawat.platform.streams.InternalAvroSerde;
import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.ArticleCommand;
import io.kawat.schemas.avro.EnrichedStory;
import io.kawat.schemas.avro.StoryTranslation;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The publish topology's stores; every one persistent with a changelog, so composition state, the article store and
 * embargoed articles survive restarts, and cached, so a cluster's hot keys are read from memory and written to the
 * changelog once per commit.
 *
 * <ul>
 *   <li>{@value #MEMBERS}: {@code <clusterId>|<storyId>} → latest enriched version of each member story</li>
 *   <li>{@value #STORY_CLUSTER}: {@code storyId} → the cluster it was last composed into (to leave it when it moves)</li>
 *   <li>{@value #ARTICLES}: article uri → latest published version (queried by the API)</li>
 *   <li>{@value #VERSIONS}: {@code <uri>|<version, 10 digits>} → every published version (queried by the API)</li>
 *   <li>{@value #EMBARGOED}: article uri → composed version waiting for its embargo to lift</li>
 *   <li>{@value #KILLED}: cluster id → the operator's KILL command: every edition of the cluster stays withdrawn,
 *       whatever its members do later</li>
 *   <li>{@value #CORRECTIONS}: article uri → the operator's latest CORRECT command, applied to every later version
 *       of that edition</li>
 *   <li>{@value #TRANSLATIONS}: {@code <storyId>|<language>} → the latest machine translation of the story into that
 *       edition language, from the translate service (one per story and edition)</li>
 * </ul>
 * Growth is bounded by the number of clusters and articles kept; a retention sweep is future work (docs/publish.md).
 */
public final class PublishStores {
    public static final String MEMBERS = "publish-cluster-members";
    public static final String STORY_CLUSTER = "publish-story-cluster";
    public static final String ARTICLES = "publish-articles";
    public static final String VERSIONS = "publish-article-versions";
    public static final String EMBARGOED = "publish-embargoed";
    public static final String KILLED = "publish-killed-clusters";
    public static final String CORRECTIONS = "publish-operator-corrections";
    public static final String TRANSLATIONS = "publish-translations";
    static final char SEPARATOR = '|';

    private PublishStores() {}

    static void add(StreamsBuilder builder) {
        builder.addStateStore(Stores.keyValueStoreBuilder(
                        Stores.persistentKeyValueStore(MEMBERS),
                        Serdes.String(),
                        InternalAvroSerde.of(EnrichedStory.class))
                .withCachingEnabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(
                        Stores.persistentKeyValueStore(STORY_CLUSTER), Serdes.String(), Serdes.String())
                .withCachingEnabled());
        for (String store : new String[] {ARTICLES, VERSIONS, EMBARGOED}) {
            builder.addStateStore(Stores.keyValueStoreBuilder(
                            Stores.persistentKeyValueStore(store), Serdes.String(), InternalAvroSerde.of(Article.class))
                    .withCachingEnabled());
        }
        for (String store : new String[] {KILLED, CORRECTIONS}) {
            builder.addStateStore(Stores.keyValueStoreBuilder(
                            Stores.persistentKeyValueStore(store),
                            Serdes.String(),
                            InternalAvroSerde.of(ArticleCommand.class))
                    .withCachingEnabled());
        }
        builder.addStateStore(Stores.keyValueStoreBuilder(
                        Stores.persistentKeyValueStore(TRANSLATIONS),
                        Serdes.String(),
                        InternalAvroSerde.of(StoryTranslation.class))
                .withCachingEnabled());
    }

    public static String versionKey(String uri, long version) {
        return uri + SEPARATOR + String.format(java.util.Locale.ROOT, "%010d", version);
    }

    static String memberKey(String clusterId, String storyId) {
        return clusterId + SEPARATOR + storyId;
    }
}
