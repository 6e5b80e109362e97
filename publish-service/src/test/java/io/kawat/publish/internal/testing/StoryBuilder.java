package io.kawat.publish.internal.testing;

import io.kawat.schemas.avro.EnrichedStory;
import io.kawat.schemas.avro.Entity;
import io.kawat.schemas.avro.EntityType;
import io.kawat.schemas.avro.Media;
import io.kawat.schemas.avro.PubStatus;
import io.kawat.schemas.avro.Signal;
import io.kawat.schemas.avro.TopicTag;
import io.kawat.schemas.avro.TranslationState;
import io.kawat.schemas.avro.TranslationStatus;
import io.kawat.schemas.avro.WireStory;
import io.kawat.schemas.avro.ZonedTime;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Builds {@link EnrichedStory} test data with sensible defaults: usable, English, version 1. */
public final class StoryBuilder {

    private String storyId;
    private String sourceId;
    private String sourceName;
    private String headline = "Headline";
    private String standfirst;
    private String dateline;
    private String url;
    private String language = "en";
    private String clusterId = "cl-test";
    private String firstCreated = "2021-03-23T10:00:00+01:00";
    private String embargoedUntil;
    private long versionSeq = 1;
    private PubStatus pubStatus = PubStatus.USABLE;
    private String duplicateOf;
    private final List<String> paragraphs = new ArrayList<>();
    private final List<Signal> signals = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private final List<TopicTag> topics = new ArrayList<>();
    private final List<String> keywords = new ArrayList<>();
    private final List<Media> media = new ArrayList<>();
    private final List<TranslationState> translations = new ArrayList<>();

    private StoryBuilder(String storyId) {
        this.storyId = storyId;
        this.sourceId = storyId.split(":", 2)[0];
        this.sourceName = sourceId;
    }

    /** A story with the given id '&lt;source&gt;:&lt;guid&gt;'. */
    public static StoryBuilder story(String storyId) {
        return new StoryBuilder(storyId);
    }

    /** Another story id (for copies built from another story's builder). */
    public StoryBuilder id(String newStoryId) {
        this.storyId = newStoryId;
        return this;
    }

    public StoryBuilder source(String id, String name) {
        this.sourceId = id;
        this.sourceName = name;
        return this;
    }

    public StoryBuilder headline(String text) {
        this.headline = text;
        return this;
    }

    public StoryBuilder standfirst(String text) {
        this.standfirst = text;
        return this;
    }

    public StoryBuilder dateline(String text) {
        this.dateline = text;
        return this;
    }

    public StoryBuilder url(String text) {
        this.url = text;
        return this;
    }

    public StoryBuilder language(String tag) {
        this.language = tag;
        return this;
    }

    public StoryBuilder cluster(String id) {
        this.clusterId = id;
        return this;
    }

    /** First created, as ISO-8601 with offset. */
    public StoryBuilder firstCreated(String isoWithOffset) {
        this.firstCreated = isoWithOffset;
        return this;
    }

    /** Embargoed until, as ISO-8601 with offset. */
    public StoryBuilder embargoedUntil(String isoWithOffset) {
        this.embargoedUntil = isoWithOffset;
        return this;
    }

    public StoryBuilder version(long seq) {
        this.versionSeq = seq;
        return this;
    }

    public StoryBuilder status(PubStatus status) {
        this.pubStatus = status;
        return this;
    }

    public StoryBuilder duplicateOf(String originalStoryId) {
        this.duplicateOf = originalStoryId;
        return this;
    }

    public StoryBuilder paragraphs(String... texts) {
        this.paragraphs.clear();
        this.paragraphs.addAll(List.of(texts));
        return this;
    }

    public StoryBuilder signal(Signal signal) {
        this.signals.add(signal);
        return this;
    }

    public StoryBuilder entity(EntityType type, String name, String canonicalId, double salience) {
        this.entities.add(new Entity(type, name, canonicalId, List.of(name), salience));
        return this;
    }

    public StoryBuilder topic(String qcode, String label, double confidence) {
        this.topics.add(new TopicTag(qcode, label, confidence));
        return this;
    }

    public StoryBuilder keywords(String... words) {
        this.keywords.addAll(List.of(words));
        return this;
    }

    public StoryBuilder image(String href, String caption, String credit) {
        this.media.add(new Media(href, "image/jpeg", caption, credit, 1200, 800));
        return this;
    }

    public StoryBuilder translation(String target, String engine, TranslationStatus status) {
        this.translations.add(new TranslationState(target, engine, status, Instant.parse("2021-03-23T12:00:00Z")));
        return this;
    }

    public EnrichedStory build() {
        WireStory story = WireStory.newBuilder()
                .setStoryId(storyId)
                .setSourceId(sourceId)
                .setSourceName(sourceName)
                .setFeedId("feed:" + sourceId)
                .setProviderGuid(storyId.substring(storyId.indexOf(':') + 1))
                .setVersionSeq(versionSeq)
                .setPubStatus(pubStatus)
                .setSignals(new ArrayList<>(signals))
                .setFirstCreated(time(firstCreated))
                .setVersionCreated(time(firstCreated))
                .setReceivedAt(time(firstCreated))
                .setEmbargoedUntil(embargoedUntil == null ? null : time(embargoedUntil))
                .setHeadline(headline)
                .setStandfirst(standfirst)
                .setBodyText(String.join("\n\n", paragraphs))
                .setDateline(dateline)
                .setLanguage(language)
                .setUrl(url)
                .setMedia(new ArrayList<>(media))
                .setFormat("NINJS")
                .setContentHash(Integer.toHexString((headline + paragraphs + pubStatus).hashCode()))
                .build();
        return EnrichedStory.newBuilder()
                .setStory(story)
                .setParagraphs(new ArrayList<>(paragraphs))
                .setLanguage(language)
                .setEntities(new ArrayList<>(entities))
                .setTopics(new ArrayList<>(topics))
                .setKeywords(new ArrayList<>(keywords))
                .setDuplicateOf(duplicateOf)
                .setClusterId(clusterId)
                .setTranslations(new ArrayList<>(translations))
                .setEnrichedAt(time(firstCreated).getEpochMillis())
                .build();
    }

    private static ZonedTime time(String isoWithOffset) {
        return new ZonedTime(OffsetDateTime.parse(isoWithOffset).toInstant(), isoWithOffset);
    }
}
