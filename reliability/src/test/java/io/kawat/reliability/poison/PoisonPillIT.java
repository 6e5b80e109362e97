package io.kawat.reliability.poison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kawat.platform.streams.DeadLetters;
import io.kawat.reliability.Figures;
import io.kawat.schemas.Topic;
import io.kawat.schemas.Topics;
import io.kawat.schemas.avro.ArticleAction;
import io.kawat.schemas.avro.ArticleCommand;
import io.kawat.schemas.avro.FeedAction;
import io.kawat.schemas.avro.FeedCommand;
import io.kawat.testkit.KawatStack;
import io.kawat.testkit.KawatStackExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Poison pills on every input topic of every service of the running pipeline: each lands on its topic's dead-letter
 * queue with a reason, good records produced after them still come out, and every service stays healthy. Writes the
 * "poison-pills" section of docs/RELIABILITY.md.
 */
@ExtendWith(KawatStackExtension.class)
class PoisonPillIT {
    private static final Logger log = LoggerFactory.getLogger(PoisonPillIT.class);

    @TempDir
    Path home;

    /** An input topic, the stages that read it (each dead-letters on its own), and a good record's bytes. */
    private record Input(String label, Topic<?, ?> topic, List<String> stages, byte[] good) {}

    @Test
    void shouldDeadLetterEveryPoisonPillAndKeepServingWhenEveryInputTopicIsPoisoned(KawatStack stack) throws Exception {
        Path drop = Files.createDirectories(home.resolve("drop"));
        String yaml = "sources:\n  - id: drop\n    name: Drop Wire\n    type: folder\n    folder: " + drop
                + "\n    language: en\n";
        List<List<?>> rows = new ArrayList<>();
        List<String> goodChecks = new ArrayList<>();
        Map<String, Integer> health;
        int pills = 0;
        int deadLettered = 0;
        try (PipelineRig rig = new PipelineRig(stack, home, yaml, Map.of())) {
            Topics topics = rig.topics();
            assertThat(rig.push("poison", PipelineRig.story("calm-a", "Lisbon harbour reopens after storm", ""))
                            .statusCode())
                    .isEqualTo(202);
            settle(
                    "story A published and translated",
                    Duration.ofSeconds(90),
                    () -> rig.article("en", "Lisbon harbour reopens") != null
                            && !RawRecords.readAll(
                                            rig.bootstrapServers(),
                                            topics.storyTranslations().name())
                                    .isEmpty());
            List<Input> inputs = inputs(rig, topics);

            try (KafkaProducer<String, byte[]> producer = producer(rig.bootstrapServers())) {
                for (Input input : inputs) {
                    for (Pill pill : Pill.values()) {
                        producer.send(
                                new ProducerRecord<>(input.topic().name(), key(input, pill), pill.bytes(input.good())));
                        pills++;
                    }
                }
                producer.send(new ProducerRecord<>(
                        topics.feedCommands().name(),
                        "drop",
                        serialize(
                                topics.feedCommands(),
                                new FeedCommand(
                                        "drop", FeedAction.PAUSE, "reliability", Instant.now(), "cmd-pause-1"))));
                producer.flush();
            }
            String uriA =
                    rig.article("en", "Lisbon harbour reopens").path("uri").asText();
            int correct = rig.post(
                            rig.pipeline().publishUrl() + "/api/articles/" + uriA + "/correct",
                            "Bearer " + PipelineRig.OPERATOR_TOKEN,
                            "{\"note\": \"Corrected after the poison pills.\"}")
                    .statusCode();
            assertThat(rig.push("poison", PipelineRig.story("calm-b", "Porto bridge reopens to traffic", ""))
                            .statusCode())
                    .isEqualTo(202);

            settle(
                    "good records after the pills",
                    Duration.ofSeconds(60),
                    () -> rig.article("en", "Porto bridge reopens") != null
                            && correctionShown(rig, uriA)
                            && "PAUSED".equals(feedState(rig))
                            && translated(rig, "poison:calm-b"));
            goodChecks.add("story B published in en: " + (rig.article("en", "Porto bridge reopens") != null));
            goodChecks.add("story B translated (news.translations.v1): " + translated(rig, "poison:calm-b"));
            goodChecks.add("operator correction (publish.commands.v1) answered " + correct + " and applied: "
                    + correctionShown(rig, uriA));
            goodChecks.add("feed command PAUSE (ingest.commands.v1) applied: " + "PAUSED".equals(feedState(rig)));
            settle(
                    "dead letters",
                    Duration.ofSeconds(10),
                    () -> inputs.stream()
                            .allMatch(i -> deadLetters(rig, i).size()
                                    >= Pill.values().length * i.stages().size()));
            for (Input input : inputs) {
                List<ConsumerRecord<String, byte[]>> letters = deadLetters(rig, input);
                for (Pill pill : Pill.values()) {
                    List<String> row = row(input, pill, letters);
                    deadLettered += row.get(4).equals("ok") ? 1 : 0;
                    rows.add(row);
                }
            }
            health = new java.util.TreeMap<>();
            rig.services()
                    .forEach((name, url) ->
                            health.put(name, rig.get(url + "/health").statusCode()));
        }
        Figures figures = Figures.section(30, "poison-pills", "Poison pills on every input topic");
        figures.line("- %d poison pills, %d in dead-letter queues, services kept running", pills, deadLettered)
                .line("- /health after the pills: %s", health);
        goodChecks.forEach(c -> figures.line("- good record after the pills: %s", c));
        figures.table(List.of("topic", "case", "stage", "DLQ reason (short)", "result"), rows)
                .write();

        assertThat(goodChecks).allMatch(c -> c.endsWith("true"));
        assertThat(health)
                .allSatisfy((name, status) -> assertThat(status).as(name).isEqualTo(200));
        assertThat(rows.stream()
                        .filter(r -> !"ok".equals(r.get(4)))
                        .map(r -> r.get(0) + " / " + r.get(1) + ": " + r.get(4)))
                .as("poison pills not dead-lettered with a reason")
                .isEmpty();
        assertThat(deadLettered).isEqualTo(pills);
    }

    private List<Input> inputs(PipelineRig rig, Topics topics) {
        return List.of(
                new Input(
                        "wire.stories.v1",
                        topics.wireStories(),
                        List.of("enrich"),
                        firstRaw(rig, topics.wireStories())),
                new Input(
                        "news.enriched.v1",
                        topics.enrichedStories(),
                        List.of("publish", "translate"),
                        firstRaw(rig, topics.enrichedStories())),
                new Input(
                        "news.translations.v1",
                        topics.storyTranslations(),
                        List.of("publish-translations"),
                        firstRaw(rig, topics.storyTranslations())),
                new Input(
                        "publish.commands.v1",
                        topics.articleCommands(),
                        List.of("publish-commands"),
                        serialize(
                                topics.articleCommands(),
                                new ArticleCommand(
                                        "kawat:article:none:en",
                                        ArticleAction.RESEND,
                                        null,
                                        null,
                                        "reliability",
                                        Instant.now(),
                                        "cmd-template"))),
                new Input(
                        "ingest.commands.v1",
                        topics.feedCommands(),
                        List.of("ingest"),
                        serialize(
                                topics.feedCommands(),
                                new FeedCommand(
                                        "none", FeedAction.RESUME, "reliability", Instant.now(), "cmd-template"))));
    }

    private static List<String> row(Input input, Pill pill, List<ConsumerRecord<String, byte[]>> letters) {
        List<ConsumerRecord<String, byte[]>> mine =
                letters.stream().filter(r -> key(input, pill).equals(r.key())).toList();
        List<String> stages =
                mine.stream().map(r -> RawRecords.header(r, DeadLetters.STAGE)).toList();
        String reason = mine.stream()
                .map(r -> RawRecords.header(r, DeadLetters.REASON))
                .filter(r -> r != null)
                .findFirst()
                .orElse("none");
        boolean ok = mine.size() == input.stages().size()
                && input.stages().stream().allMatch(s -> stages.stream().anyMatch(x -> x != null && x.startsWith(s)))
                && mine.stream()
                        .allMatch(r -> !RawRecords.header(r, DeadLetters.REASON).isBlank()
                                && input.topic().name().equals(RawRecords.header(r, DeadLetters.SOURCE_TOPIC)));
        return List.of(
                input.label(),
                pill.label(),
                mine.isEmpty() ? "—" : String.join(", ", stages),
                reason.length() > 90 ? reason.substring(0, 90) + "…" : reason,
                ok
                        ? "ok"
                        : mine.isEmpty()
                                ? "FAILED: not dead-lettered"
                                        + (input.stages().contains("ingest")
                                                ? " (ingest's CommandListener logs a WARN and seeks past it)"
                                                : "")
                                : "FAILED: " + mine.size() + " letters, stages " + stages);
    }

    private static String key(Input input, Pill pill) {
        return "pill-" + input.label().replace('.', '-') + "-" + pill.name().toLowerCase(Locale.ROOT);
    }

    private static List<ConsumerRecord<String, byte[]>> deadLetters(PipelineRig rig, Input input) {
        return RawRecords.readAll(
                        rig.bootstrapServers(),
                        rig.topics().deadLetters(input.topic()).name())
                .stream()
                .filter(r -> r.key() != null && r.key().startsWith("pill-"))
                .toList();
    }

    private static byte[] firstRaw(PipelineRig rig, Topic<?, ?> topic) {
        return RawRecords.readAll(rig.bootstrapServers(), topic.name()).get(0).value();
    }

    private static <V> byte[] serialize(Topic<String, V> topic, V value) {
        return topic.valueSerde().serializer().serialize(topic.name(), value);
    }

    private static boolean translated(PipelineRig rig, String storyId) {
        return RawRecords.readAll(
                        rig.bootstrapServers(), rig.topics().storyTranslations().name())
                .stream()
                .anyMatch(r -> r.key() != null && r.key().startsWith(storyId + "|"));
    }

    private static boolean correctionShown(PipelineRig rig, String uri) {
        return rig.get(rig.pipeline().publishUrl() + "/api/articles/" + uri)
                .body()
                .contains("Corrected after the poison");
    }

    private static String feedState(PipelineRig rig) {
        String body = rig.get(rig.pipeline().ingestUrl() + "/feeds").body();
        return body.contains("\"state\":\"PAUSED\"") ? "PAUSED" : body;
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrap) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    private static void settle(String what, Duration atMost, Callable<Boolean> done) {
        try {
            await().atMost(atMost).pollInterval(Duration.ofMillis(500)).until(done);
        } catch (ConditionTimeoutException e) {
            log.warn(
                    "Not settled: {} ({})",
                    what,
                    e.getMessage()); // the figures and assertions below show what is missing
        }
    }
}
