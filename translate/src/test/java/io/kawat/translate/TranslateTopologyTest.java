package io.kawat.translate;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.platform.streams.DeadLetters;
import io.kawat.schemas.Topics;
import io.kawat.schemas.TopicsConfig;
import io.kawat.schemas.avro.EnrichedStory;
import io.kawat.schemas.avro.PubStatus;
import io.kawat.schemas.avro.StoryTranslation;
import io.kawat.schemas.avro.TranslationStatus;
import io.kawat.schemas.registry.InMemorySchemaRegistryClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The translate topology with the real Apertium engine (Debian's apertium and apertium-eng-spa). */
class TranslateTopologyTest {
    private static final Instant NOW = Instant.parse("2026-03-23T10:05:00Z");

    private final Topics topics = Topics.create(TopicsConfig.defaults(), new InMemorySchemaRegistryClient());
    private TranslationService service;
    private TopologyTestDriver driver;
    private TestInputTopic<String, EnrichedStory> stories;
    private TestOutputTopic<String, StoryTranslation> translations;

    @BeforeEach
    void startDriver() {
        TranslationConfig config = new TranslationConfig(
                Map.of("*", List.of("apertium")), 50, Map.of("apertium", 2), Duration.ofSeconds(30));
        service = new TranslationService(
                config,
                List.of(TranslationEngines.apertium("apertium", Duration.ofSeconds(30))),
                TranslationCache.inMemory(100),
                new SimpleMeterRegistry());
        driver = new TopologyTestDriver(
                TranslateTopology.build(topics, service, List.of("en", "es", "id"), Clock.fixed(NOW, ZoneOffset.UTC)),
                props());
        stories = driver.createInputTopic(
                topics.enrichedStories().name(),
                Serdes.String().serializer(),
                topics.enrichedStories().valueSerde().serializer());
        translations = driver.createOutputTopic(
                topics.storyTranslations().name(),
                Serdes.String().deserializer(),
                topics.storyTranslations().valueSerde().deserializer());
    }

    @AfterEach
    void close() {
        driver.close();
        service.close();
    }

    static Properties props() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "translate-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:9092");
        return props;
    }

    @Test
    void shouldTranslateIntoSpanishAndKeepEntityNamesWhenApertiumHasThePair() {
        stories.pipeInput("reuters:1", Stories.english("reuters:1"));

        Map<String, StoryTranslation> out = translations.readKeyValuesToMap();
        StoryTranslation es = out.get("reuters:1|es");
        assertThat(es.getStatus()).isEqualTo(TranslationStatus.TRANSLATED);
        assertThat(es.getEngine()).isEqualTo("apertium");
        assertThat(es.getHeadline()).isEqualTo("NATO dirigentes apalabran enviar más tropas");
        assertThat(es.getParagraphs()).hasSize(2);
        assertThat(es.getParagraphs().get(0)).startsWith("Los ministros").contains("Bruselas", "Ucrania");
        assertThat(es.getStandfirst()).startsWith("Los ministros").contains("Bruselas");
        assertThat(es.getSourceHash()).isEqualTo("hash-1");
        assertThat(es.getSourceLanguage()).isEqualTo("en");
        assertThat(es.getClusterId()).isEqualTo("cl-1");
        assertThat(es.getAttempts()).isEqualTo(1);
        assertThat(es.getUpdatedAt()).isEqualTo(NOW);
        assertThat(es.getLastError()).isNull();
    }

    @Test
    void shouldSayUnsupportedPairWhenNoEngineTranslatesIntoIndonesian() {
        stories.pipeInput("reuters:1", Stories.english("reuters:1"));

        Map<String, StoryTranslation> out = translations.readKeyValuesToMap();
        assertThat(out).containsOnlyKeys("reuters:1|es", "reuters:1|id");
        StoryTranslation id = out.get("reuters:1|id");
        assertThat(id.getStatus()).isEqualTo(TranslationStatus.UNSUPPORTED_PAIR);
        assertThat(id.getEngine()).isNull();
        assertThat(id.getHeadline()).isNull();
        assertThat(id.getParagraphs()).isEmpty();
    }

    @Test
    void shouldTranslateNothingWhenTheStoryIsKilledWithheldOrADuplicate() {
        stories.pipeInput("reuters:1", Stories.story("reuters:1", "en", PubStatus.CANCELED, null, "h"));
        stories.pipeInput("reuters:2", Stories.story("reuters:2", "en", PubStatus.WITHHELD, null, "h"));
        stories.pipeInput("voa:3", Stories.story("voa:3", "en", PubStatus.USABLE, "reuters:9", "h"));
        stories.pipeInput("voa:4", Stories.story("voa:4", "und", PubStatus.USABLE, null, "h"));

        assertThat(translations.isEmpty()).isTrue();
    }

    @Test
    void shouldSendAPoisonRecordToTheDeadLetterTopicWhenItDoesNotDecode() {
        driver.createInputTopic(
                        topics.enrichedStories().name(),
                        Serdes.String().serializer(),
                        Serdes.ByteArray().serializer())
                .pipeInput("bad:1", "not avro".getBytes(StandardCharsets.UTF_8));
        stories.pipeInput("reuters:1", Stories.english("reuters:1"));

        TestRecord<String, byte[]> dead = driver.createOutputTopic(
                        topics.deadLetters(topics.enrichedStories()).name(),
                        Serdes.String().deserializer(),
                        Serdes.ByteArray().deserializer())
                .readRecord();
        assertThat(dead.key()).isEqualTo("bad:1");
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("not avro");
        assertThat(new String(dead.headers().lastHeader(DeadLetters.STAGE).value(), StandardCharsets.UTF_8))
                .isEqualTo("translate");
        assertThat(translations.readKeyValuesToMap()).containsOnlyKeys("reuters:1|es", "reuters:1|id");
    }

    @Test
    void shouldKeepTheNamesOfItsOperatorsAndStoresWhenBuilt() {
        assertThat(TranslateTopology.build(topics, service, List.of("es"), Clock.systemUTC())
                        .describe()
                        .toString())
                .isEqualTo("""
                        Topologies:
                           Sub-topology: 0
                            Source: translate-retry-source (topics: [news.translations.retry.v1])
                              --> translate-retry-decode
                            Source: translate-source (topics: [news.enriched.v1])
                              --> translate-decode
                            Processor: translate-decode (stores: [])
                              --> translate-decode-
                              <-- translate-source
                            Processor: translate-retry-decode (stores: [])
                              --> translate-retry-decode-
                              <-- translate-retry-source
                            Processor: translate-decode- (stores: [])
                              --> translate-decode-ok, translate-decode-failed
                              <-- translate-decode
                            Processor: translate-retry-decode- (stores: [])
                              --> translate-retry-decode-ok, translate-retry-decode-failed
                              <-- translate-retry-decode
                            Processor: translate-decode-ok (stores: [])
                              --> translate-decode-value
                              <-- translate-decode-
                            Processor: translate-retry-decode-ok (stores: [])
                              --> translate-retry-decode-value
                              <-- translate-retry-decode-
                            Processor: translate-decode-value (stores: [])
                              --> translate-stories
                              <-- translate-decode-ok
                            Processor: translate-retry-decode-value (stores: [])
                              --> translate-retries
                              <-- translate-retry-decode-ok
                            Processor: translate-retries (stores: [translate-retry])
                              --> translate-outcomes
                              <-- translate-retry-decode-value
                            Processor: translate-stories (stores: [translate-retry])
                              --> translate-outcomes
                              <-- translate-decode-value
                            Processor: translate-outcomes (stores: [])
                              --> translate-route-
                              <-- translate-stories, translate-retries
                            Processor: translate-route- (stores: [])
                              --> translate-route-retry, translate-route-translation
                              <-- translate-outcomes
                            Processor: translate-decode-failed (stores: [])
                              --> translate-decode-raw
                              <-- translate-decode-
                            Processor: translate-retry-decode-failed (stores: [])
                              --> translate-retry-decode-raw
                              <-- translate-retry-decode-
                            Processor: translate-route-retry (stores: [])
                              --> translate-as-retry
                              <-- translate-route-
                            Processor: translate-route-translation (stores: [])
                              --> translate-as-translation
                              <-- translate-route-
                            Processor: translate-as-retry (stores: [])
                              --> translate-retry-sink
                              <-- translate-route-retry
                            Processor: translate-as-translation (stores: [])
                              --> translate-sink
                              <-- translate-route-translation
                            Processor: translate-decode-raw (stores: [])
                              --> translate-decode-dlq
                              <-- translate-decode-failed
                            Processor: translate-retry-decode-raw (stores: [])
                              --> translate-retry-decode-dlq
                              <-- translate-retry-decode-failed
                            Sink: translate-decode-dlq (topic: news.enriched.v1.dlq.v1)
                              <-- translate-decode-raw
                            Sink: translate-retry-decode-dlq (topic: news.translations.retry.v1.dlq.v1)
                              <-- translate-retry-decode-raw
                            Sink: translate-retry-sink (topic: news.translations.retry.v1)
                              <-- translate-as-retry
                            Sink: translate-sink (topic: news.translations.v1)
                              <-- translate-as-translation

                        """);
    }
}
