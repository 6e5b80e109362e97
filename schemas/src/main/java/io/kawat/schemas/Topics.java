package io.kawat.schemas;

import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.ArticleCommand;
import io.kawat.schemas.avro.AuditEvent;
import io.kawat.schemas.avro.EnrichedStory;
import io.kawat.schemas.avro.FeedCommand;
import io.kawat.schemas.avro.FeedStatus;
import io.kawat.schemas.avro.StoryTranslation;
import io.kawat.schemas.avro.WireStory;
import io.kawat.schemas.registry.SchemaRegistryClient;
import io.kawat.schemas.serde.AvroSerdes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The immutable registry of every Kawat topic, built from configuration: every produce and consume site takes its
 * topic, and so its name and serdes, from here. Keys are UTF-8 strings; values are Avro in the Confluent wire format
 * under {@code <topic>-value} subjects (by default). Every topic has a dead-letter topic {@code <topic>.dlq.v1}
 * holding the original key and bytes of records that could not be processed.
 */
public final class Topics {
    /** Suffix of a dead-letter topic's name. */
    public static final String DEAD_LETTER_SUFFIX = ".dlq.v1";
    /** Retention of dead-letter topics: long enough to inspect and replay after a holiday. */
    public static final Duration DEAD_LETTER_RETENTION = Duration.ofDays(30);
    /** Retention of the audit log: a year of operator actions. */
    public static final Duration AUDIT_RETENTION = Duration.ofDays(365);

    private final Topic<String, WireStory> wireStories;
    private final Topic<String, EnrichedStory> enrichedStories;
    private final Topic<String, Article> articles;
    private final Topic<String, FeedStatus> feedStatus;
    private final Topic<String, FeedCommand> feedCommands;
    private final Topic<String, ArticleCommand> articleCommands;
    private final Topic<String, StoryTranslation> storyTranslations;
    private final Topic<String, EnrichedStory> storyTranslationRetries;
    private final Topic<String, String> ingestSeen;
    private final Topic<String, AuditEvent> auditLog;
    private final Map<String, Topic<String, byte[]>> deadLetters = new LinkedHashMap<>();

    private Topics(TopicsConfig config, SchemaRegistryClient registry) {
        wireStories = avro(config, registry, "wire.stories.v1", WireStory.class, false);
        enrichedStories = avro(config, registry, "news.enriched.v1", EnrichedStory.class, false);
        articles = avro(config, registry, "news.articles.v1", Article.class, true);
        feedStatus = avro(config, registry, "ingest.feed-status.v1", FeedStatus.class, true);
        feedCommands = avro(config, registry, "ingest.commands.v1", FeedCommand.class, false);
        articleCommands = avro(config, registry, "publish.commands.v1", ArticleCommand.class, false);
        storyTranslations = avro(config, registry, "news.translations.v1", StoryTranslation.class, true);
        storyTranslationRetries = avro(config, registry, "news.translations.retry.v1", EnrichedStory.class, false);
        ingestSeen = new Topic<>(
                config.namePrefix() + "ingest.seen.v1",
                Serdes.String(),
                Serdes.String(),
                new TopicSpec(config.partitions(), true, null));
        auditLog = new Topic<>(
                config.namePrefix() + "kawat.audit.v1",
                Serdes.String(),
                AvroSerdes.specific(AuditEvent.class, registry, config.serde(), false),
                new TopicSpec(config.partitions(), false, AUDIT_RETENTION));
        for (Topic<?, ?> topic : List.of(
                wireStories,
                enrichedStories,
                articles,
                feedStatus,
                feedCommands,
                articleCommands,
                storyTranslations,
                storyTranslationRetries)) {
            String name = topic.name() + DEAD_LETTER_SUFFIX;
            deadLetters.put(
                    topic.name(),
                    new Topic<>(
                            name,
                            Serdes.String(),
                            Serdes.ByteArray(),
                            new TopicSpec(config.partitions(), false, DEAD_LETTER_RETENTION)));
        }
    }

    /** The topics for this configuration, with value serdes that use {@code registry}. */
    public static Topics create(TopicsConfig config, SchemaRegistryClient registry) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(registry, "registry");
        return new Topics(config, registry);
    }

    /** {@code wire.stories.v1}: one record per version of a provider item, keyed by story id. */
    public Topic<String, WireStory> wireStories() {
        return wireStories;
    }

    /** {@code news.enriched.v1}: enriched story versions, keyed by story id. */
    public Topic<String, EnrichedStory> enrichedStories() {
        return enrichedStories;
    }

    /** {@code news.articles.v1}, compacted: publish-ready articles, keyed by article id. */
    public Topic<String, Article> articles() {
        return articles;
    }

    /** {@code ingest.feed-status.v1}, compacted: feed health, keyed by feed id. */
    public Topic<String, FeedStatus> feedStatus() {
        return feedStatus;
    }

    /** {@code ingest.commands.v1}: operator commands to feeds, keyed by feed id. */
    public Topic<String, FeedCommand> feedCommands() {
        return feedCommands;
    }

    /** {@code publish.commands.v1}: operator commands to articles (kill, correct, resend), keyed by article uri. */
    public Topic<String, ArticleCommand> articleCommands() {
        return articleCommands;
    }

    /**
     * {@code news.translations.v1}, compacted: each story's machine translation into each edition language, keyed
     * {@code <storyId>|<language>} (see {@link #storyTranslationKey(String, String)}); the latest state wins.
     */
    public Topic<String, StoryTranslation> storyTranslations() {
        return storyTranslations;
    }

    /**
     * {@code news.translations.retry.v1}: translations waiting for another attempt, written by the translate service
     * when an engine fails for a reason that may pass. Key {@code <storyId>|<language>} (as on
     * {@link #storyTranslations()}), value the story version to translate, headers {@code kawat.retry.attempt}
     * (engine calls made so far) and {@code kawat.retry.not-before} (ISO-8601 instant of the earliest next attempt).
     * Partitioned by story id, so that a story's retries meet its versions from {@link #enrichedStories()}.
     */
    public Topic<String, EnrichedStory> storyTranslationRetries() {
        return storyTranslationRetries;
    }

    /** The key of a story's translation into {@code language} on {@link #storyTranslations()}. */
    public static String storyTranslationKey(String storyId, String language) {
        return storyId + "|" + language;
    }

    /** {@code kawat.audit.v1}: every operator action with its outcome, keyed by operator name; kept a year. */
    public Topic<String, AuditEvent> auditLog() {
        return auditLog;
    }

    /**
     * {@code ingest.seen.v1}, compacted: ingest's memory of the last emitted version of each story (story id to a small
     * JSON document), written in the same transaction as the story versions. Internal to ingest: plain strings.
     */
    public Topic<String, String> ingestSeen() {
        return ingestSeen;
    }

    /**
     * The dead-letter topic of one of these topics: {@code <name>.dlq.v1}, original key and bytes. Throws
     * {@link IllegalArgumentException} for a topic that is not in this registry (its dead letters would have no
     * provisioned topic).
     */
    public Topic<String, byte[]> deadLetters(Topic<?, ?> of) {
        Topic<String, byte[]> topic = deadLetters.get(of.name());
        if (topic == null) {
            throw new IllegalArgumentException("Not a Kawat topic, so it has no dead-letter topic: " + of.name());
        }
        return topic;
    }

    /** Every topic, the ten topics first, then their dead-letter topics: what provisioning creates. */
    public List<Topic<?, ?>> all() {
        List<Topic<?, ?>> all = new ArrayList<>(List.of(
                wireStories,
                enrichedStories,
                articles,
                feedStatus,
                feedCommands,
                ingestSeen,
                articleCommands,
                auditLog,
                storyTranslations,
                storyTranslationRetries));
        all.addAll(deadLetters.values());
        return List.copyOf(all);
    }

    private static <V extends SpecificRecord> Topic<String, V> avro(
            TopicsConfig config, SchemaRegistryClient registry, String name, Class<V> type, boolean compacted) {
        return new Topic<>(
                config.namePrefix() + name,
                Serdes.String(),
                AvroSerdes.specific(type, registry, config.serde(), false),
                new TopicSpec(config.partitions(), compacted, null));
    }
}
