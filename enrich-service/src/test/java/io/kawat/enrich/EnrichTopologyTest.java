package io.kawat.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.enrich.internal.AnalyzerConfig;
import io.kawat.enrich.internal.MatcherConfig;
import io.kawat.enrich.internal.StoryAnalyzer;
import io.kawat.platform.streams.DeadLetters;
import io.kawat.schemas.Topics;
import io.kawat.schemas.TopicsConfig;
import io.kawat.schemas.avro.EnrichedStory;
import io.kawat.schemas.avro.PubStatus;
import io.kawat.schemas.avro.WireStory;
import io.kawat.schemas.avro.ZonedTime;
import io.kawat.schemas.registry.InMemorySchemaRegistryClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichTopologyTest {
    private static StoryAnalyzer analyzer;

    @TempDir
    java.nio.file.Path stateDir;

    private final Topics topics = Topics.create(TopicsConfig.defaults(), new InMemorySchemaRegistryClient());
    private TopologyTestDriver driver;
    private TestInputTopic<String, WireStory> wire;
    private TestInputTopic<String, byte[]> rawWire;
    private TestOutputTopic<String, EnrichedStory> enriched;

    @BeforeAll
    static void loadAnalyzer() {
        analyzer = StoryAnalyzer.load(AnalyzerConfig.defaults());
    }

    @BeforeEach
    void start() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-test");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(topology(), props);
        wire = driver.createInputTopic(
                topics.wireStories().name(),
                Serdes.String().serializer(),
                topics.wireStories().valueSerde().serializer());
        rawWire = driver.createInputTopic(
                topics.wireStories().name(),
                Serdes.String().serializer(),
                Serdes.ByteArray().serializer());
        enriched = driver.createOutputTopic(
                topics.enrichedStories().name(),
                Serdes.String().deserializer(),
                topics.enrichedStories().valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void shouldEnrichAStoryWithLanguageEntitiesTopicsAndACluster() {
        pipe(story("reuters:nato-1", 1, "Reuters", PubStatus.USABLE, NATO_EN));

        EnrichedStory result = enriched.readValue();
        assertThat(result.getStory().getStoryId()).isEqualTo("reuters:nato-1");
        assertThat(result.getLanguage()).isEqualTo("en");
        assertThat(result.getEntities()).extracting(e -> e.getName()).contains("Antony Blinken", "NATO");
        assertThat(result.getTopics()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(result.getWordCount()).isGreaterThan(40);
        assertThat(result.getClusterId()).isNotBlank();
        assertThat(result.getSummary()).isNotBlank();
    }

    @Test
    void shouldDropAStaleVersionButPassAKillAtOnce() {
        pipe(story("voa:a", 2, "VOA News", PubStatus.USABLE, NATO_EN));
        pipe(story("voa:a", 1, "VOA News", PubStatus.USABLE, NATO_EN));
        pipe(story("voa:a", 3, "VOA News", PubStatus.CANCELED, NATO_EN));

        List<EnrichedStory> out = enriched.readValuesToList();
        assertThat(out).extracting(e -> e.getStory().getVersionSeq()).containsExactly(2L, 3L);
        assertThat(out.get(1).getStory().getPubStatus()).isEqualTo(PubStatus.CANCELED);
        assertThat(out.get(1).getClusterId())
                .as("a kill stays in its story's cluster")
                .isEqualTo(out.get(0).getClusterId());
    }

    @Test
    void shouldPutTwoReportsOfOneEventInOneClusterAndMarkASyndicatedCopy() {
        pipe(story("reuters:nato-1", 1, "Reuters", PubStatus.USABLE, NATO_EN));
        pipe(story("euronews:nato-2", 1, "Euronews", PubStatus.USABLE, NATO_EN_OTHER));
        pipe(story("voa:copy", 1, "VOA News", PubStatus.USABLE, NATO_EN));

        List<EnrichedStory> out = enriched.readValuesToList();
        assertThat(out).hasSize(3);
        assertThat(out.get(1).getClusterId()).isEqualTo(out.get(0).getClusterId());
        assertThat(out.get(2).getDuplicateOf()).isEqualTo("reuters:nato-1");
    }

    @Test
    void shouldSendUndecodableRecordsToTheDeadLetterTopicAndCarryOn() {
        TestOutputTopic<String, byte[]> dead = driver.createOutputTopic(
                topics.deadLetters(topics.wireStories()).name(),
                Serdes.String().deserializer(),
                Serdes.ByteArray().deserializer());

        rawWire.pipeInput("unknown-id", new byte[] {0, 0, 0, 0x7f, 0x7f, 1});
        rawWire.pipeInput("no-magic", "{\"json\": true}".getBytes(StandardCharsets.UTF_8));
        pipe(story("reuters:nato-1", 1, "Reuters", PubStatus.USABLE, NATO_EN));

        List<TestRecord<String, byte[]>> letters = dead.readRecordsToList();
        assertThat(letters).extracting(TestRecord::key).containsExactly("unknown-id", "no-magic");
        assertThat(letters)
                .allSatisfy(r -> assertThat(new String(
                                r.headers().lastHeader(DeadLetters.REASON).value(), StandardCharsets.UTF_8))
                        .isNotBlank());
        assertThat(enriched.readValuesToList()).hasSize(1);
    }

    @Test
    void shouldKeepItsTopologyShape() {
        String description = topology().describe().toString();
        assertThat(description)
                .contains(
                        "enrich-source",
                        "enrich-decode",
                        "enrich-version-gate",
                        "enrich-last-version",
                        "enrich-analyse",
                        "enrich-match-repartition",
                        "enrich-cluster",
                        "enrich-matcher",
                        "enrich-sink");
        assertThat(description.lines().filter(l -> l.contains("Sub-topology")).count())
                .isEqualTo(2);
    }

    private Topology topology() {
        return EnrichTopology.build(
                topics,
                analyzer,
                MatcherConfig.defaults(),
                Clock.fixed(Instant.parse("2021-03-23T20:00:00Z"), ZoneOffset.UTC));
    }

    private void pipe(WireStory story) {
        wire.pipeInput(story.getStoryId(), story);
    }

    private static WireStory story(String id, long version, String source, PubStatus status, String[] text) {
        Instant created = Instant.parse("2021-03-23T11:40:00Z");
        ZonedTime time = new ZonedTime(created, "2021-03-23T11:40:00Z");
        return WireStory.newBuilder()
                .setStoryId(id)
                .setSourceId(id.split(":")[0])
                .setSourceName(source)
                .setFeedId(id.split(":")[0])
                .setProviderGuid(id.split(":")[1])
                .setVersionSeq(version)
                .setPubStatus(status)
                .setFirstCreated(time)
                .setVersionCreated(time)
                .setReceivedAt(time)
                .setHeadline(text[0])
                .setBodyHtml("<p>" + text[1] + "</p>")
                .setBodyText(text[1])
                .setLanguage("en")
                .setFormat("RSS")
                .setContentHash(Integer.toHexString((text[1] + status).hashCode()))
                .build();
    }

    private static final String[] NATO_EN = {
        "Blinken pledges to rebuild ties with NATO allies in Brussels",
        "U.S. Secretary of State Antony Blinken promised NATO allies in Brussels on Tuesday that the United States wants "
                + "to rebuild its partnerships, on his first visit to the alliance since President Joe Biden took office. "
                + "\"I have come here to express the steadfast commitment of the United States to NATO,\" Blinken told "
                + "reporters as he met NATO Secretary-General Jens Stoltenberg. Relations between Washington and its "
                + "European allies were strained under the previous administration, which criticised allies over military "
                + "spending targets."
    };

    private static final String[] NATO_EN_OTHER = {
        "Blinken and NATO allies discuss Russia, China and Afghanistan in Brussels",
        "Antony Blinken on Tuesday warned NATO allies meeting in Brussels about closer cooperation between Russia and China, "
                + "and discussed the withdrawal of troops from Afghanistan with NATO Secretary-General Jens Stoltenberg. "
                + "The U.S. Secretary of State also repeated Washington's opposition to the Nord Stream 2 pipeline, which "
                + "Germany defends as a commercial project. NATO foreign ministers meet for two days at the alliance "
                + "headquarters in Brussels."
    };
}
