package io.kawat.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.kawat.platform.kafka.HeaderText;
import io.kawat.schemas.Topics;
import io.kawat.schemas.TopicsConfig;
import io.kawat.schemas.avro.EnrichedStory;
import io.kawat.schemas.avro.PubStatus;
import io.kawat.schemas.avro.StoryTranslation;
import io.kawat.schemas.avro.TranslationStatus;
import io.kawat.schemas.registry.InMemorySchemaRegistryClient;
import io.kawat.translate.internal.topology.RetryBackoff;
import io.kawat.translate.internal.topology.RetryHeaders;
import io.kawat.translate.internal.topology.TranslationAttempts;
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
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A stopped engine loses nothing: the story goes through the retry topic, waits for its turn and is translated when
 * the engine returns; an engine that never returns leaves the edition FAILED with the reason after the cap.
 */
class TranslateRetryTest {
    private static final Instant START = Instant.parse("2026-03-23T10:00:00Z");

    private final Topics topics = Topics.create(TopicsConfig.defaults(), new InMemorySchemaRegistryClient());
    private FlakyLibreTranslate engine;
    private TranslationService service;
    private TopologyTestDriver driver;
    private TestInputTopic<String, EnrichedStory> stories;
    private TestOutputTopic<String, StoryTranslation> translations;
    private TestOutputTopic<String, EnrichedStory> retries;

    @BeforeEach
    void start() throws Exception {
        engine = new FlakyLibreTranslate();
        TranslationConfig config = new TranslationConfig(
                Map.of("*", List.of("libretranslate")), 50, Map.of("libretranslate", 1), Duration.ofSeconds(5));
        service = new TranslationService(
                config,
                List.of(TranslationEngines.libreTranslate(engine.url(), "", Duration.ofSeconds(5))),
                TranslationCache.inMemory(100),
                new SimpleMeterRegistry());
        startDriver(new RetryBackoff(Duration.ofSeconds(10), Duration.ofSeconds(40), Duration.ofSeconds(1)));
    }

    private void startDriver(RetryBackoff backoff) {
        if (driver != null) {
            driver.close();
        }
        driver = new TopologyTestDriver(
                TranslateTopology.build(topics, service, List.of("en", "es"), Clock.systemUTC(), backoff),
                TranslateTopologyTest.props(),
                START);
        stories = driver.createInputTopic(
                topics.enrichedStories().name(),
                Serdes.String().serializer(),
                topics.enrichedStories().valueSerde().serializer());
        translations = driver.createOutputTopic(
                topics.storyTranslations().name(),
                Serdes.String().deserializer(),
                topics.storyTranslations().valueSerde().deserializer());
        retries = driver.createOutputTopic(
                topics.storyTranslationRetries().name(),
                Serdes.String().deserializer(),
                topics.storyTranslationRetries().valueSerde().deserializer());
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
        assertThat(done.getParagraphs())
                .containsExactly(
                        "[es] Ministers met in Brussels on Tuesday to discuss the war in Ukraine.",
                        "[es] The talks will continue tomorrow.");
        assertThat(done.getLastError()).isNull();
        assertThat(pendingKeys()).isEmpty();
        assertThat(translations.isEmpty()).isTrue();
        List<TestRecord<String, EnrichedStory>> retried = retries.readRecordsToList();
        assertThat(retried).extracting(TestRecord::key).containsExactly("reuters:1|es", "reuters:1|es");
        assertThat(retried).extracting(r -> header(r, RetryHeaders.ATTEMPT)).containsExactly("1", "2");
        assertThat(retried)
                .extracting(r -> header(r, RetryHeaders.NOT_BEFORE))
                .containsExactly("2026-03-23T10:00:10Z", "2026-03-23T10:00:31Z");
        assertThat(header(retried.get(0), RetryHeaders.REASON))
                .isEqualTo("engine libretranslate failed (failed retriable)");
        assertThat(retried.get(0).value().getStory().getContentHash()).isEqualTo("hash-1");
    }

    @Test
    void shouldRecordTheEditionAsFailedWithTheReasonWhenTheEngineStillFailsAtTheCap() {
        startDriver(new RetryBackoff(Duration.ofSeconds(10), Duration.ofSeconds(40), Duration.ofSeconds(1), 3));
        engine.down(true);
        stories.pipeInput("reuters:1", Stories.english("reuters:1"));

        driver.advanceWallClockTime(Duration.ofSeconds(11)); // attempt 2 fails, next wait 20 s
        driver.advanceWallClockTime(Duration.ofSeconds(21)); // attempt 3 fails: the cap

        List<StoryTranslation> states = translations.readValuesToList();
        assertThat(states)
                .extracting(StoryTranslation::getStatus)
                .containsExactly(TranslationStatus.PENDING, TranslationStatus.FAILED);
        StoryTranslation failed = states.get(1);
        assertThat(failed.getAttempts()).isEqualTo(3);
        assertThat(failed.getLastError())
                .isEqualTo("gave up after 3 attempts: engine libretranslate failed (failed retriable)");
        assertThat(failed.getSourceHash()).isEqualTo("hash-1");
        assertThat(retries.readRecordsToList())
                .extracting(r -> header(r, RetryHeaders.ATTEMPT))
                .containsExactly("1", "2");
        assertThat(pendingKeys()).isEmpty();

        engine.down(false);
        driver.advanceWallClockTime(Duration.ofMinutes(5));
        assertThat(translations.isEmpty()).isTrue();
    }

    @Test
    void shouldSkipTheRetryOfAnOlderVersionWhenANewerVersionWasTranslated() {
        engine.down(true);
        stories.pipeInput("reuters:1", Stories.english("reuters:1"));
        engine.down(false);
        stories.pipeInput("reuters:1", Stories.story("reuters:1", "en", PubStatus.USABLE, null, "hash-2"));
        int callsAfterNewVersion = engine.translateRequests();

        driver.advanceWallClockTime(Duration.ofMinutes(2));

        assertThat(translations.readValuesToList())
                .extracting(StoryTranslation::getStatus, StoryTranslation::getSourceHash)
                .containsExactly(
                        tuple(TranslationStatus.PENDING, "hash-1"), tuple(TranslationStatus.TRANSLATED, "hash-2"));
        assertThat(engine.translateRequests()).isEqualTo(callsAfterNewVersion);
        assertThat(pendingKeys()).isEmpty();
    }

    private static String header(TestRecord<String, EnrichedStory> record, String name) {
        return HeaderText.of(record.headers(), name);
    }

    @Test
    void shouldForgetAPendingTranslationWhenTheStoryIsKilled() {
        engine.down(true);
        stories.pipeInput("reuters:1", Stories.english("reuters:1"));
        stories.pipeInput("reuters:1", Stories.story("reuters:1", "en", PubStatus.CANCELED, null, "hash-2"));
        engine.down(false);

        driver.advanceWallClockTime(Duration.ofMinutes(1));

        assertThat(translations.readValuesToList())
                .extracting(StoryTranslation::getStatus)
                .containsExactly(TranslationStatus.PENDING);
        assertThat(pendingKeys()).isEmpty();
    }

    private List<String> pendingKeys() {
        KeyValueStore<String, Object> store = driver.getKeyValueStore(TranslationAttempts.STORE);
        List<String> keys = new ArrayList<>();
        try (var all = store.all()) {
            all.forEachRemaining(kv -> keys.add(kv.key));
        }
        return keys;
    }
}
