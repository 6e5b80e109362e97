package io.kawat.translate;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.schemas.Topics;
import io.kawat.schemas.TopicsConfig;
import io.kawat.schemas.avro.EnrichedStory;
import io.kawat.schemas.avro.PubStatus;
import io.kawat.schemas.avro.StoryTranslation;
import io.kawat.schemas.avro.TranslationStatus;
import io.kawat.schemas.registry.InMemorySchemaRegistryClient;
import io.kawat.translate.internal.topology.RetryBackoff;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A stopped engine loses nothing: the story waits in the pending store and is translated when the engine returns. */
class TranslateRetryTest {
    private static final Instant START = Instant.parse("2026-03-23T10:00:00Z");

    private final Topics topics = Topics.create(TopicsConfig.defaults(), new InMemorySchemaRegistryClient());
    private FlakyLibreTranslate engine;
    private TranslationService service;
    private TopologyTestDriver driver;
    private TestInputTopic<String, EnrichedStory> stories;
    private TestOutputTopic<String, StoryTranslation> translations;

    @BeforeEach
    void start() throws Exception {
        engine = new FlakyLibreTranslate();
        TranslationConfig config = new TranslationConfig(Map.of("*", List.of("libretranslate")), 50,
                Map.of("libretranslate", 1), Duration.ofSeconds(5));
        service = new TranslationService(config,
                List.of(TranslationEngines.libreTranslate(engine.url(), "", Duration.ofSeconds(5))),
                TranslationCache.inMemory(100), new SimpleMeterRegistry());
        RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(10), Duration.ofSeconds(40), Duration.ofSeconds(1));
        driver = new TopologyTestDriver(TranslateTopology.build(topics, service, List.of("en", "es"),
                Clock.systemUTC(), backoff), TranslateTopologyTest.props(), START);
        stories = driver.createInputTopic(topics.enrichedStories().name(), Serdes.String().serializer(),
                topics.enrichedStories().valueSerde().serializer());
        translations = driver.createOutputTopic(topics.storyTranslations().name(), Serdes.String().deserializer(),
                topics.storyTranslations().valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
        service.close();
        engine.close();
    }

    @Test
    void shouldPublishPendingThenTranslateWithBackoffWhenTheEngineComesBack() {
        engine.down(true);
        stories.pipeInput("reuters:1", Stories.english("reuters:1"));

        StoryTranslation pending = translations.readValue();
        assertThat(pending.getStatus()).isEqualTo(TranslationStatus.PENDING);
        assertThat(pending.getEngine()).isEqualTo("libretranslate");
        assertThat(pending.getLastError()).isEqualTo("engine libretranslate failed (failed retriable)");
        assertThat(pending.getHeadline()).isNull();
        assertThat(pendingKeys()).containsExactly("reuters:1|es");

        driver.advanceWallClockTime(Duration.ofSeconds(5)); // not due yet: no call
        int callsBeforeDue = engine.translateRequests();
        driver.advanceWallClockTime(Duration.ofSeconds(6)); // due after 10 s: attempt 2 fails, next wait 20 s
        assertThat(engine.translateRequests()).isGreaterThan(callsBeforeDue);
        assertThat(translations.isEmpty()).isTrue();

        engine.down(false);
        driver.advanceWallClockTime(Duration.ofSeconds(10)); // not due yet
        assertThat(translations.isEmpty()).isTrue();
        driver.advanceWallClockTime(Duration.ofSeconds(11));

        StoryTranslation done = translations.readValue();
        assertThat(done.getStatus()).isEqualTo(TranslationStatus.TRANSLATED);
        assertThat(done.getAttempts()).isEqualTo(3);
        assertThat(done.getHeadline()).isEqualTo("[es] NATO leaders agree to send more troops");
        assertThat(done.getParagraphs()).containsExactly(
                "[es] Ministers met in Brussels on Tuesday to discuss the war in Ukraine.",
                "[es] The talks will continue tomorrow.");
        assertThat(done.getLastError()).isNull();
        assertThat(pendingKeys()).isEmpty();
        assertThat(translations.isEmpty()).isTrue();
    }

    @Test
    void shouldForgetAPendingTranslationWhenTheStoryIsKilled() {
        engine.down(true);
        stories.pipeInput("reuters:1", Stories.english("reuters:1"));
        stories.pipeInput("reuters:1", Stories.story("reuters:1", "en",
                PubStatus.CANCELED, null, "hash-2"));
        engine.down(false);

        driver.advanceWallClockTime(Duration.ofMinutes(1));

        assertThat(translations.readValuesToList()).extracting(StoryTranslation::getStatus)
                .containsExactly(TranslationStatus.PENDING);
        assertThat(pendingKeys()).isEmpty();
    }

    private List<String> pendingKeys() {
        KeyValueStore<String, Object> store = driver.getKeyValueStore("translate-pending");
        List<String> keys = new ArrayList<>();
        try (var all = store.all()) {
            all.forEachRemaining(kv -> keys.add(kv.key));
        }
        return keys;
    }
}
