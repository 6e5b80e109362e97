package io.kawat.publish.internal.topology;

import io.kawat.publish.internal.compose.ArticleComposer;
import io.kawat.publish.internal.compose.OperatorCorrection;
import io.kawat.publish.internal.compose.RelatedCandidate;
import io.kawat.schemas.Topics;
import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.ArticleCommand;
import io.kawat.schemas.avro.EnrichedStory;
import io.kawat.schemas.avro.PubStatus;
import io.kawat.schemas.avro.StoryTranslation;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
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
 * Operator commands arrive on the same partition and are applied by {@link OperatorCommands}: a killed cluster is
 * withdrawn in every edition and stays withdrawn; an operator's correction is part of every later composition.
 * Story translations arrive there too: each is kept (latest per story and language) and recomposes the story's
 * cluster; each edition is composed from its members' translations into it ({@link EditionMembers}).
 * Runs on one partition (the topology repartitions to one): clusters merge across story keys.
 */
final class ComposeProcessor implements Processor<String, SpecificRecord, String, Article> {
    private final ArticleComposer composer;
    private final List<String> editions;
    private final Clock clock;
    /** The index scores as the composer's ranker does; the ranker picks its three from this short list. */
    private static final int RELATED_SHORTLIST = 6;

    private final RelatedIndex related = new RelatedIndex(500);
    private ProcessorContext<String, Article> context;
    private KeyValueStore<String, EnrichedStory> members;
    private KeyValueStore<String, String> storyCluster;
    private KeyValueStore<String, Article> articles;
    private KeyValueStore<String, Article> versions;
    private KeyValueStore<String, Article> embargoed;
    private KeyValueStore<String, ArticleCommand> killed;
    private KeyValueStore<String, ArticleCommand> corrections;
    private KeyValueStore<String, StoryTranslation> translations;
    private EditionMembers editionMembers;
    private OperatorCommands commands;

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
        killed = context.getStateStore(PublishStores.KILLED);
        corrections = context.getStateStore(PublishStores.CORRECTIONS);
        translations = context.getStateStore(PublishStores.TRANSLATIONS);
        editionMembers = new EditionMembers(translations);
        commands = new OperatorCommands(articles, embargoed, killed, corrections, this::composeAll, this::resend);
        try (KeyValueIterator<String, Article> all = articles.all()) {
            all.forEachRemaining(kv -> related.add(kv.value));
        }
        context.schedule(
                Duration.ofSeconds(1),
                PunctuationType.WALL_CLOCK_TIME,
                now -> releaseEmbargoed(Instant.ofEpochMilli(now)));
    }

    @Override
    public void process(Record<String, SpecificRecord> record) {
        if (record.value() instanceof ArticleCommand command) {
            commands.apply(command, clock.instant());
        } else if (record.value() instanceof EnrichedStory story) {
            compose(story);
        } else if (record.value() instanceof StoryTranslation translation) {
            translated(translation);
        } else {
            throw new IllegalArgumentException(
                    "Unexpected input " + record.value().getClass().getName());
        }
    }

    private void compose(EnrichedStory story) {
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

    /** Keeps the translation and recomposes the cluster the story is in now (none yet: it is used when it comes). */
    private void translated(StoryTranslation translation) {
        translations.put(Topics.storyTranslationKey(translation.getStoryId(), translation.getLanguage()), translation);
        String cluster = storyCluster.get(translation.getStoryId());
        if (cluster != null) {
            composeAll(cluster, clock.instant());
        }
    }

    /** Composes (or, for a killed cluster, withdraws) every edition; returns the versions published now. */
    private List<Article> composeAll(String cluster, Instant now) {
        boolean isKilled = killed.get(cluster) != null;
        List<EnrichedStory> current = isKilled ? List.of() : membersOf(cluster);
        List<EnrichedStory> usable = current.stream()
                .filter(s -> s.getStory().getPubStatus() == PubStatus.USABLE)
                .toList();
        Set<String> keywords = RelatedCandidate.keywordsOf(usable);
        Set<String> entityKeys = RelatedCandidate.entityKeysOf(usable);
        List<Article> published = new ArrayList<>();
        for (String language : editions) {
            String uri = ArticleComposer.uri(cluster, language);
            Article previous = articles.get(uri);
            Article article;
            if (isKilled) {
                embargoed.delete(uri);
                article = composer.kill(previous, language, now);
            } else {
                Article pending = embargoed.get(uri);
                List<RelatedCandidate> candidates =
                        related.best(language, keywords, entityKeys, uri, RELATED_SHORTLIST);
                article = composer.compose(
                        cluster,
                        language,
                        editionMembers.of(current, language),
                        pending != null ? pending : previous,
                        candidates,
                        now,
                        correctionOf(uri));
            }
            if (article == null) {
                continue;
            }
            if (article.getEmbargoedUntil() != null
                    && article.getEmbargoedUntil().isAfter(now)) {
                embargoed.put(uri, article);
            } else {
                embargoed.delete(uri);
                publish(article);
                published.add(article);
            }
        }
        return published;
    }

    private OperatorCorrection correctionOf(String uri) {
        ArticleCommand command = corrections.get(uri);
        return command == null ? null : new OperatorCorrection(command.getNote(), command.getHeadline());
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
        context.forward(new Record<>(
                article.getUri(), article, article.getVersionCreated().toEpochMilli()));
    }

    /** The latest version once more, marked with the command id, for webhook subscribers; no store changes. */
    private void resend(Article latest, ArticleCommand command) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(ArticleHeaders.RESEND, command.getCommandId().getBytes(StandardCharsets.UTF_8));
        context.forward(new Record<>(latest.getUri(), latest, clock.millis(), headers));
    }

    private List<EnrichedStory> membersOf(String cluster) {
        List<EnrichedStory> found = new ArrayList<>();
        try (KeyValueIterator<String, EnrichedStory> it =
                members.prefixScan(cluster + PublishStores.SEPARATOR, new StringSerializer())) {
            while (it.hasNext()) {
                KeyValue<String, EnrichedStory> kv = it.next();
                found.add(kv.value);
            }
        }
        return found;
    }
}
