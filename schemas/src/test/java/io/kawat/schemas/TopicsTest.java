package io.kawat.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kawat.schemas.avro.Article;
import io.kawat.schemas.registry.InMemorySchemaRegistryClient;
import io.kawat.schemas.serde.SerdeConfig;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.Test;

class TopicsTest {
    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
    private final Topics topics = Topics.create(TopicsConfig.defaults(), registry);

    @Test
    void shouldNameEveryTopicAsDesignedWhenThereIsNoPrefix() {
        assertThat(topics.all())
                .extracting(Topic::name)
                .containsExactly(
                        "wire.stories.v1",
                        "news.enriched.v1",
                        "news.articles.v1",
                        "ingest.feed-status.v1",
                        "ingest.commands.v1",
                        "ingest.seen.v1",
                        "publish.commands.v1",
                        "kawat.audit.v1",
                        "news.translations.v1",
                        "news.translations.retry.v1",
                        "wire.stories.v1.dlq.v1",
                        "news.enriched.v1.dlq.v1",
                        "news.articles.v1.dlq.v1",
                        "ingest.feed-status.v1.dlq.v1",
                        "ingest.commands.v1.dlq.v1",
                        "publish.commands.v1.dlq.v1",
                        "news.translations.v1.dlq.v1",
                        "news.translations.retry.v1.dlq.v1");
    }

    @Test
    void shouldCompactOnlyTheLatestValueTopicsWhenProvisioned() {
        assertThat(topics.articles().spec()).isEqualTo(new TopicSpec(3, true, null));
        assertThat(topics.feedStatus().spec()).isEqualTo(new TopicSpec(3, true, null));
        assertThat(topics.wireStories().spec()).isEqualTo(new TopicSpec(3, false, null));
        assertThat(topics.enrichedStories().spec()).isEqualTo(new TopicSpec(3, false, null));
        assertThat(topics.feedCommands().spec()).isEqualTo(new TopicSpec(3, false, null));
        assertThat(topics.articleCommands().spec()).isEqualTo(new TopicSpec(3, false, null));
        assertThat(topics.ingestSeen().spec()).isEqualTo(new TopicSpec(3, true, null));
        assertThat(topics.storyTranslations().spec()).isEqualTo(new TopicSpec(3, true, null));
        assertThat(topics.storyTranslationRetries().spec()).isEqualTo(new TopicSpec(3, false, null));
        assertThat(topics.auditLog().spec()).isEqualTo(new TopicSpec(3, false, Duration.ofDays(365)));
        assertThat(topics.deadLetters(topics.wireStories()).spec())
                .isEqualTo(new TopicSpec(3, false, Duration.ofDays(30)));
    }

    @Test
    void shouldPrefixEveryNameAndUseTheConfiguredPartitionsWhenConfigured() {
        Topics prefixed = Topics.create(new TopicsConfig("it-42.", 6, SerdeConfig.defaults()), registry);

        assertThat(prefixed.all()).allSatisfy(topic -> {
            assertThat(topic.name()).startsWith("it-42.");
            assertThat(topic.spec().partitions()).isEqualTo(6);
        });
        assertThat(prefixed.wireStories().name()).isEqualTo("it-42.wire.stories.v1");
        assertThat(prefixed.deadLetters(prefixed.wireStories()).name()).isEqualTo("it-42.wire.stories.v1.dlq.v1");
    }

    @Test
    void shouldReturnTheSameDeadLetterTopicWhenAskedTwice() {
        assertThat(topics.deadLetters(topics.enrichedStories())).isSameAs(topics.deadLetters(topics.enrichedStories()));
        assertThat(topics.all()).contains(topics.deadLetters(topics.feedCommands()));
        assertThat(topics.deadLetters(topics.articleCommands()).name()).isEqualTo("publish.commands.v1.dlq.v1");
        assertThat(topics.deadLetters(topics.storyTranslations()).name()).isEqualTo("news.translations.v1.dlq.v1");
    }

    @Test
    void shouldKeyAStoryTranslationByStoryAndLanguageWhenAsked() {
        assertThat(Topics.storyTranslationKey("reuters:abc", "es")).isEqualTo("reuters:abc|es");
    }

    @Test
    void shouldRefuseADeadLetterTopicWhenTheTopicIsNotKawats() {
        Topic<String, String> foreign =
                new Topic<>("other.v1", Serdes.String(), Serdes.String(), new TopicSpec(1, false, null));

        assertThatThrownBy(() -> topics.deadLetters(foreign))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("other.v1");
    }

    @Test
    void shouldCarryStringKeysAndAvroValuesWhenRecordsGoThroughATopic() {
        Topic<String, Article> articles = topics.articles();

        byte[] key = articles.keySerde().serializer().serialize(articles.name(), "kawat:article:c-42:id");
        byte[] value = articles.valueSerde().serializer().serialize(articles.name(), SampleRecords.article());

        assertThat(new String(key, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("kawat:article:c-42:id");
        assertThat(articles.valueSerde().deserializer().deserialize(articles.name(), value))
                .isEqualTo(SampleRecords.article());
        assertThat(registry.subjects()).containsExactly("news.articles.v1-value");
    }

    @Test
    void shouldRejectInvalidConfigurationWhenBuilt() {
        assertThatThrownBy(() -> new TopicsConfig("bad prefix", 3, SerdeConfig.defaults()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TopicsConfig("", 0, SerdeConfig.defaults()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TopicSpec(1, false, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
