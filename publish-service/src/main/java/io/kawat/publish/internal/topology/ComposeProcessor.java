package io.kawat.publish.internal.topology;

import io.kawat.publish.internal.compose.ArticleComposer;
import io.kawat.publish.internal.compose.RelatedCandidate;
import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.EnrichedStory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps each event cluster's member stories and composes the cluster's article in every edition language whenever a
 * member joins, changes or leaves. Emits a new version only when the composition changed; holds embargoed versions
 * in a store and releases them from a wall-clock punctuator, so an embargo lifts by itself, also after a restart.
 * Runs on one partition (the topology repartitions to one): clusters merge across story keys.
 */
final class ComposeProcessor implements Processor<String, EnrichedStory, String, Article> {
    private final ArticleComposer composer;
    private final List<String> editions;
    private final Clock clock;
    private final RelatedIndex related = new RelatedIndex(500);
    private ProcessorContext<String, Article> context;
    private KeyValueStore<String, EnrichedStory> members;
    private KeyValueStore<String, String> storyCluster;
    private KeyValueStore<String, Article> articles;
    private KeyValueStore<String, Article> versions;
    private KeyValueStore<String, Article> embargoed;

    ComposeProcessor(ArticleComposer composer, List<String> editions, Clock clock) {
        this.composer = composer;
        this.editions = editions;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, Article> context) {
        this.context = context;
        members = context.getStateStore(PublishStores.MEMBERS);
        storyCluster = context.getStateStore(PublishStores.STORY_CLUSTER);
        articles = context.getStateStore(PublishStores.ARTICLES);
        versions = context.getStateStore(PublishStores.VERSIONS);
        embargoed = context.getStateStore(PublishStores.EMBARGOED);
        try (KeyValueIterator<String, Article> all = articles.all()) {
            all.forEachRemaining(kv -> related.add(kv.value));
        }
        context.schedule(Duration.ofSeconds(1), PunctuationType.WALL_CLOCK_TIME, now -> releaseEmbargoed(Instant.ofEpochMilli(now)));
    }

    @Override
    public void process(Record<String, EnrichedStory> record) {
        EnrichedStory story = record.value();
        String storyId = story.getStory().getStoryId();
        String cluster = story.getClusterId();
        String previousCluster = storyCluster.get(storyId);
        Instant now = clock.instant();
        if (previousCluster != null && !previousCluster.equals(cluster)) {
            members.delete(PublishStores.memberKey(previousCluster, storyId));
            composeAll(previousCluster, now);
        }
        storyCluster.put(storyId, cluster);
        members.put(PublishStores.memberKey(cluster, storyId), story);
        composeAll(cluster, now);
    }

    private void composeAll(String cluster, Instant now) {
        List<EnrichedStory> current = membersOf(cluster);
        for (String language : editions) {
            String uri = ArticleComposer.uri(cluster, language);
            Article previous = articles.get(uri);
            Article pending = embargoed.get(uri);
            List<RelatedCandidate> candidates = related.candidates();
            Article article = composer.compose(cluster, language, current, pending != null ? pending : previous, candidates, now);
            if (article == null) {
                continue;
            }
            if (article.getEmbargoedUntil() != null && article.getEmbargoedUntil().isAfter(now)) {
                embargoed.put(uri, article);
            } else {
                embargoed.delete(uri);
                publish(article);
            }
        }
    }

    private void releaseEmbargoed(Instant now) {
        List<Article> due = new ArrayList<>();
        try (KeyValueIterator<String, Article> all = embargoed.all()) {
            all.forEachRemaining(kv -> {
                if (!kv.value.getEmbargoedUntil().isAfter(now)) {
                    due.add(kv.value);
                }
            });
        }
        for (Article article : due) {
            embargoed.delete(article.getUri());
            publish(article);
        }
    }

    private void publish(Article article) {
        articles.put(article.getUri(), article);
        versions.put(PublishStores.versionKey(article.getUri(), article.getVersion()), article);
        related.add(article);
        context.forward(new Record<>(article.getUri(), article, article.getVersionCreated().toEpochMilli()));
    }

    private List<EnrichedStory> membersOf(String cluster) {
        List<EnrichedStory> found = new ArrayList<>();
        try (KeyValueIterator<String, EnrichedStory> it = members.prefixScan(cluster + PublishStores.SEPARATOR, new StringSerializer())) {
            while (it.hasNext()) {
                KeyValue<String, EnrichedStory> kv = it.next();
                found.add(kv.value);
            }
        }
        return found;
    }
}
