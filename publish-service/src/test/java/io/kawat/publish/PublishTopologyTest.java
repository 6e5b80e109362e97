package io.kawat.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.platform.streams.DeadLetters;
import io.kawat.publish.internal.chrome.Chrome;
import io.kawat.publish.internal.compose.ArticleComposer;
import io.kawat.publish.internal.compose.ComposerConfig;
import io.kawat.publish.internal.testing.NatoStories;
import io.kawat.schemas.Topics;
import io.kawat.schemas.TopicsConfig;
import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.EnrichedStory;
import io.kawat.schemas.avro.PubStatus;
import io.kawat.schemas.avro.StoryTranslation;
import io.kawat.schemas.avro.TranslationStatus;
import io.kawat.schemas.registry.InMemorySchemaRegistryClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishTopologyTest {
    private static final List<String> EDITIONS = List.of("en", "id", "es");
    private static final Chrome CHROME = Chrome.load();

    @TempDir
    java.nio.file.Path stateDir;

    private final Topics topics = Topics.create(TopicsConfig.defaults(), new InMemorySchemaRegistryClient());
    private TopologyTestDriver driver;
    private TestInputTopic<String, EnrichedStory> enriched;
    private TestInputTopic<String, byte[]> rawEnriched;
    private TestOutputTopic<String, Article> articles;

    @BeforeEach
    void start() {
        Clock clock = Clock.fixed(Instant.parse("2021-03-23T20:00:00Z"), ZoneOffset.UTC);
        Topology topology = PublishTopology.build(
                topics,
                new ArticleComposer(new ComposerConfig("Kawat", "Kawat Newsdesk", EDITIONS), CHROME),
                EDITIONS,
                clock);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "publish-test");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(topology, props, Instant.parse("2021-03-23T20:00:00Z"));
        enriched = driver.createInputTopic(
                topics.enrichedStories().name(),
                Serdes.String().serializer(),
                topics.enrichedStories().valueSerde().serializer());
        rawEnriched = driver.createInputTopic(
                topics.enrichedStories().name(),
                Serdes.String().serializer(),
                Serdes.ByteArray().serializer());
        articles = driver.createOutputTopic(
                topics.articles().name(),
                Serdes.String().deserializer(),
                topics.articles().valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void shouldComposeOneRoundupPerEditionCreditingEverySource() {
        pipe(
                NatoStories.reuters().build(),
                NatoStories.voa().build(),
                NatoStories.euronews().build());

        Map<String, Article> latest = latestByUri(articles.readRecordsToList());
        assertThat(latest).hasSize(3);
        for (String language : EDITIONS) {
            Article article = latest.get(ArticleComposer.uri(NatoStories.CLUSTER, language));
            assertThat(article.getPubStatus()).isEqualTo(PubStatus.USABLE);
            assertThat(article.getInfoSources())
                    .extracting(s -> s.getName())
                    .contains("Reuters", "VOA News", "Euronews");
            assertThat(article.getSections()).hasSize(3);
        }
    }

    @Test
    void shouldWithdrawTheKilledSourcesPassagesThenTheArticleInEveryEdition() {
        pipe(NatoStories.reuters().build(), NatoStories.voa().build());
        articles.readRecordsToList();

        pipe(NatoStories.voa().version(2).status(PubStatus.CANCELED).build());
        Map<String, Article> afterKill = latestByUri(articles.readRecordsToList());
        assertThat(afterKill.values()).hasSize(3).allSatisfy(a -> {
            assertThat(a.getPubStatus()).isEqualTo(PubStatus.USABLE);
            assertThat(a.getSections())
                    .noneSatisfy(s -> assertThat(s.getSourceName()).isEqualTo("VOA News"));
            assertThat(a.getVersion())
                    .as("v1 Reuters, v2 VOA joins, v3 VOA killed")
                    .isEqualTo(3L);
        });

        pipe(NatoStories.reuters().version(2).status(PubStatus.CANCELED).build());
        assertThat(latestByUri(articles.readRecordsToList()).values())
                .hasSize(3)
                .allSatisfy(a -> assertThat(a.getPubStatus()).isEqualTo(PubStatus.CANCELED));
    }

    @Test
    void shouldNotEmitAgainWhenNothingChanged() {
        EnrichedStory reuters = NatoStories.reuters().build();
        pipe(reuters);
        assertThat(articles.readRecordsToList()).hasSize(3);

        pipe(reuters);
        assertThat(articles.isEmpty()).isTrue();
    }

    @Test
    void shouldHoldAnEmbargoedArticleAndReleaseItWhenTheEmbargoLifts() {
        pipe(NatoStories.reuters().embargoedUntil("2021-03-23T22:00:00+01:00").build());
        assertThat(articles.isEmpty()).as("embargoed until 21:00Z, now 20:00Z").isTrue();

        driver.advanceWallClockTime(Duration.ofMinutes(59));
        assertThat(articles.isEmpty()).as("20:59Z").isTrue();

        driver.advanceWallClockTime(Duration.ofMinutes(1));
        List<TestRecord<String, Article>> released = articles.readRecordsToList();
        assertThat(released)
                .hasSize(3)
                .allSatisfy(r -> assertThat(r.value().getPubStatus()).isEqualTo(PubStatus.USABLE));
    }

    @Test
    void shouldSendUndecodableRecordsToTheDeadLetterTopicAndCarryOn() {
        TestOutputTopic<String, byte[]> dead = driver.createOutputTopic(
                topics.deadLetters(topics.enrichedStories()).name(),
                Serdes.String().deserializer(),
                Serdes.ByteArray().deserializer());

        rawEnriched.pipeInput("poison", new byte[] {0, 0, 0, 0, 42, 1, 2});
        rawEnriched.pipeInput("garbage", "not avro".getBytes(StandardCharsets.UTF_8));
        pipe(NatoStories.reuters().build());

        List<TestRecord<String, byte[]>> letters = dead.readRecordsToList();
        assertThat(letters).extracting(TestRecord::key).containsExactly("poison", "garbage");
        assertThat(letters)
                .allSatisfy(r ->
                        assertThat(r.headers().lastHeader(DeadLetters.REASON)).isNotNull());
        assertThat(articles.readRecordsToList()).hasSize(3);
    }

    @Test
    void shouldKeepItsNamedStoresAndTopics() {
        String description = driver.producedTopicNames().toString()
                + PublishTopology.build(
                                topics,
                                new ArticleComposer(ComposerConfig.defaults(), CHROME),
                                EDITIONS,
                                Clock.systemUTC())
                        .describe();
        assertThat(description)
                .contains(
                        "publish-source",
                        "publish-decode",
                        "publish-compose-repartition",
                        "publish-cluster-members",
                        "publish-story-cluster",
                        "publish-articles",
                        "publish-article-versions",
                        "publish-embargoed",
                        "publish-sink",
                        "publish-commands-source",
                        "publish-commands-decode",
                        "publish-command-queue-repartition",
                        "publish-inputs",
                        "publish-killed-clusters",
                        "publish-operator-corrections",
                        "publish.commands.v1.dlq.v1",
                        "publish-translations-source",
                        "publish-translations-decode",
                        "publish-translation-queue-repartition",
                        "publish-inputs-translations",
                        "publish-translations",
                        "news.translations.v1.dlq.v1");
    }

    @Test
    void shouldComposeTheEditionFromTheTranslationWhenItIsOfTheCurrentVersion() {
        EnrichedStory reuters = NatoStories.reuters().build();
        pipe(reuters);
        Article before = latestByUri(articles.readRecordsToList()).get(ArticleComposer.uri(NatoStories.CLUSTER, "es"));
        assertThat(before.getTranslation().getStatus()).isEqualTo(TranslationStatus.PENDING);

        translations()
                .pipeInput(
                        NatoStories.REUTERS_ID + "|es",
                        spanish(reuters.getStory().getContentHash()));

        List<TestRecord<String, Article>> published = articles.readRecordsToList();
        assertThat(published)
                .extracting(TestRecord::key)
                .containsExactly(ArticleComposer.uri(NatoStories.CLUSTER, "es"));
        Article es = published.get(0).value();
        assertThat(es.getVersion()).isEqualTo(2);
        assertThat(es.getHeadline()).isEqualTo("Blinken promete reconstruir los lazos con los aliados de NATO");
        assertThat(es.getStandfirst()).isEqualTo("NATO es un aliado valioso de Estados Unidos");
        assertThat(es.getSections().get(0).getParagraphs())
                .containsExactly(
                        "El secretario de Estado Antony Blinken prometió el martes reconstruir la alianza.",
                        "Los aliados europeos celebraron el cambio de tono.");
        assertThat(es.getSections().get(0).getAttribution()).startsWith("Según Reuters");
        assertThat(es.getTranslation().getStatus()).isEqualTo(TranslationStatus.TRANSLATED);
        assertThat(es.getTranslation().getEngine()).isEqualTo("apertium");
        assertThat(es.getBodyHtml()).doesNotContain(NatoStories.REUTERS_QUOTE);
    }

    @Test
    void shouldIgnoreATranslationWhenItWasMadeFromAnotherVersion() {
        TestOutputTopic<String, byte[]> dead = driver.createOutputTopic(
                topics.deadLetters(topics.storyTranslations()).name(),
                Serdes.String().deserializer(),
                Serdes.ByteArray().deserializer());
        pipe(NatoStories.reuters().build());
        articles.readRecordsToList();

        translations().pipeInput(NatoStories.REUTERS_ID + "|es", spanish("hash-of-an-older-version"));
        driver.createInputTopic(
                        topics.storyTranslations().name(),
                        Serdes.String().serializer(),
                        Serdes.ByteArray().serializer())
                .pipeInput("bad|es", "not avro".getBytes(StandardCharsets.UTF_8));

        assertThat(articles.isEmpty())
                .as("the stale translation changes nothing")
                .isTrue();
        assertThat(dead.readRecordsToList()).extracting(TestRecord::key).containsExactly("bad|es");
    }

    private TestInputTopic<String, StoryTranslation> translations() {
        return driver.createInputTopic(
                topics.storyTranslations().name(),
                Serdes.String().serializer(),
                topics.storyTranslations().valueSerde().serializer());
    }

    private static StoryTranslation spanish(String sourceHash) {
        return StoryTranslation.newBuilder()
                .setStoryId(NatoStories.REUTERS_ID)
                .setClusterId(NatoStories.CLUSTER)
                .setLanguage("es")
                .setSourceLanguage("en")
                .setSourceHash(sourceHash)
                .setStatus(TranslationStatus.TRANSLATED)
                .setEngine("apertium")
                .setHeadline("Blinken promete reconstruir los lazos con los aliados de NATO")
                .setStandfirst("NATO es un aliado valioso de Estados Unidos")
                .setParagraphs(List.of(
                        "El secretario de Estado Antony Blinken prometió el martes reconstruir la alianza.",
                        "Los aliados europeos celebraron el cambio de tono."))
                .setAttempts(1)
                .setLastError(null)
                .setUpdatedAt(Instant.parse("2021-03-23T19:59:00Z"))
                .build();
    }

    private void pipe(EnrichedStory... stories) {
        for (EnrichedStory story : stories) {
            enriched.pipeInput(story.getStory().getStoryId(), story);
        }
    }

    private static Map<String, Article> latestByUri(List<TestRecord<String, Article>> records) {
        return records.stream().collect(Collectors.toMap(TestRecord::key, TestRecord::value, (a, b) -> b));
    }
}
