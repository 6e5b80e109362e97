package io.kawat.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.platform.streams.DeadLetters;
import io.kawat.publish.internal.chrome.Chrome;
import io.kawat.publish.internal.compose.ArticleComposer;
import io.kawat.publish.internal.compose.ComposerConfig;
import io.kawat.publish.internal.ninjs.NinjsMapper;
import io.kawat.publish.internal.testing.NatoStories;
import io.kawat.publish.internal.testing.NinjsSchema;
import io.kawat.publish.internal.topology.ArticleHeaders;
import io.kawat.schemas.Topics;
import io.kawat.schemas.TopicsConfig;
import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.ArticleAction;
import io.kawat.schemas.avro.ArticleCommand;
import io.kawat.schemas.avro.EnrichedStory;
import io.kawat.schemas.avro.PubStatus;
import io.kawat.schemas.registry.InMemorySchemaRegistryClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
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
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Operator commands (kill, correct, resend) applied by the publish topology. */
class PublishCommandsTest {
    private static final List<String> EDITIONS = List.of("en", "id", "es");
    private static final Instant NOW = Instant.parse("2021-03-23T20:00:00Z");
    private static final String EN = ArticleComposer.uri(NatoStories.CLUSTER, "en");
    private static final NinjsSchema SCHEMA = NinjsSchema.load();
    private static final NinjsMapper NINJS = new NinjsMapper(Chrome.load());

    @TempDir
    Path stateDir;

    private final Topics topics = Topics.create(TopicsConfig.defaults(), new InMemorySchemaRegistryClient());
    private TopologyTestDriver driver;
    private TestInputTopic<String, EnrichedStory> enriched;
    private TestInputTopic<String, ArticleCommand> commands;
    private TestOutputTopic<String, Article> articles;

    @BeforeEach
    void start() {
        ArticleComposer composer =
                new ArticleComposer(new ComposerConfig("Kawat", "Kawat Newsdesk", EDITIONS), Chrome.load());
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "publish-commands-test");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(
                PublishTopology.build(topics, composer, EDITIONS, Clock.fixed(NOW, ZoneOffset.UTC)), props, NOW);
        enriched = driver.createInputTopic(
                topics.enrichedStories().name(),
                Serdes.String().serializer(),
                topics.enrichedStories().valueSerde().serializer());
        commands = driver.createInputTopic(
                topics.articleCommands().name(),
                Serdes.String().serializer(),
                topics.articleCommands().valueSerde().serializer());
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
    void shouldWithdrawEveryEditionWhenAnOperatorKillsOneAndKeepItWithdrawnWhenAMemberUpdatesLater() {
        pipe(NatoStories.reuters().build(), NatoStories.voa().build());
        articles.readRecordsToList();

        command(ArticleAction.KILL, EN, "legal hold", null);
        Map<String, Article> killed = latestByUri(articles.readRecordsToList());
        assertThat(killed)
                .containsOnlyKeys(
                        EN,
                        ArticleComposer.uri(NatoStories.CLUSTER, "id"),
                        ArticleComposer.uri(NatoStories.CLUSTER, "es"));
        assertThat(killed.values()).allSatisfy(a -> {
            assertThat(a.getPubStatus()).isEqualTo(PubStatus.CANCELED);
            assertThat(a.getVersion()).as("v1 Reuters, v2 VOA joins, v3 killed").isEqualTo(3L);
            assertThat(a.getSections()).isEmpty();
            SCHEMA.assertValid(NINJS.toNinjs(a));
        });

        pipe(NatoStories.euronews().build(), NatoStories.reuters().version(2).build());
        assertThat(articles.isEmpty())
                .as("a killed cluster stays withdrawn when members join or update")
                .isTrue();
        command(ArticleAction.KILL, EN, "again", null);
        assertThat(articles.isEmpty()).as("a second kill changes nothing").isTrue();
    }

    @Test
    void shouldGiveTheNextVersionWithTheNoteWhenAnOperatorCorrectsAnEdition() {
        pipe(NatoStories.reuters().build());
        articles.readRecordsToList();

        command(
                ArticleAction.CORRECT,
                EN,
                "An earlier version misspelt Stoltenberg.",
                "Blinken pledges to mend NATO ties");
        List<TestRecord<String, Article>> corrected = articles.readRecordsToList();

        assertThat(corrected).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo(EN);
            assertThat(r.value().getVersion()).isEqualTo(2L);
            assertThat(r.value().getCorrectionNote()).isEqualTo("An earlier version misspelt Stoltenberg.");
            assertThat(r.value().getHeadline()).isEqualTo("Blinken pledges to mend NATO ties");
            assertThat(r.value().getPubStatus()).isEqualTo(PubStatus.USABLE);
        });

        pipe(NatoStories.voa().build());
        Article afterVoa = latestByUri(articles.readRecordsToList()).get(EN);
        assertThat(afterVoa.getVersion()).isEqualTo(3L);
        assertThat(afterVoa.getCorrectionNote())
                .as("the correction stays on later versions")
                .isEqualTo("An earlier version misspelt Stoltenberg.");
        command(
                ArticleAction.CORRECT,
                EN,
                "An earlier version misspelt Stoltenberg.",
                "Blinken pledges to mend NATO ties");
        assertThat(articles.isEmpty())
                .as("the same correction again is no new version")
                .isTrue();
    }

    @Test
    void shouldRepeatTheLatestVersionMarkedWithTheCommandWhenAnOperatorResends() {
        pipe(NatoStories.reuters().build());
        Article published = latestByUri(articles.readRecordsToList()).get(EN);

        String commandId = command(ArticleAction.RESEND, EN, null, null);
        List<TestRecord<String, Article>> resent = articles.readRecordsToList();

        assertThat(resent).singleElement().satisfies(r -> {
            assertThat(r.value()).isEqualTo(published);
            assertThat(new String(r.headers().lastHeader(ArticleHeaders.RESEND).value(), StandardCharsets.UTF_8))
                    .isEqualTo(commandId);
        });
    }

    @Test
    void shouldIgnoreACommandWhenTheArticleIsUnknown() {
        pipe(NatoStories.reuters().build());
        articles.readRecordsToList();

        command(ArticleAction.KILL, "kawat:article:no-such-cluster:en", "wrong uri", null);
        pipe(NatoStories.voa().build());

        assertThat(latestByUri(articles.readRecordsToList()).values())
                .hasSize(3)
                .allSatisfy(a -> assertThat(a.getPubStatus()).isEqualTo(PubStatus.USABLE));
    }

    @Test
    void shouldSendAnUndecodableCommandToItsDeadLetterTopicAndCarryOn() {
        TestInputTopic<String, byte[]> raw = driver.createInputTopic(
                topics.articleCommands().name(),
                Serdes.String().serializer(),
                Serdes.ByteArray().serializer());
        TestOutputTopic<String, byte[]> dead = driver.createOutputTopic(
                topics.deadLetters(topics.articleCommands()).name(),
                Serdes.String().deserializer(),
                Serdes.ByteArray().deserializer());
        pipe(NatoStories.reuters().build());
        articles.readRecordsToList();

        raw.pipeInput(EN, "kill it".getBytes(StandardCharsets.UTF_8));
        command(ArticleAction.KILL, EN, "legal hold", null);

        assertThat(dead.readRecordsToList()).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo(EN);
            assertThat(r.headers().lastHeader(DeadLetters.STAGE).value())
                    .asString(StandardCharsets.UTF_8)
                    .isEqualTo("publish-commands");
        });
        assertThat(latestByUri(articles.readRecordsToList()).get(EN).getPubStatus())
                .isEqualTo(PubStatus.CANCELED);
    }

    private String command(ArticleAction action, String uri, String note, String headline) {
        String id = "cmd-" + action + "-" + System.nanoTime();
        commands.pipeInput(
                uri,
                ArticleCommand.newBuilder()
                        .setUri(uri)
                        .setAction(action)
                        .setNote(note)
                        .setHeadline(headline)
                        .setOperator("ayu")
                        .setIssuedAt(NOW)
                        .setCommandId(id)
                        .build());
        return id;
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
