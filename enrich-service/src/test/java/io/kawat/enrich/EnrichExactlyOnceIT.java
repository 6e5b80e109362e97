package io.kawat.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kawat.devstack.ChildProcess;
import io.kawat.schemas.Topic;
import io.kawat.schemas.Topics;
import io.kawat.schemas.TopicsConfig;
import io.kawat.schemas.avro.EnrichedStory;
import io.kawat.schemas.avro.PubStatus;
import io.kawat.schemas.avro.WireStory;
import io.kawat.schemas.avro.ZonedTime;
import io.kawat.schemas.registry.RegistryClientConfig;
import io.kawat.schemas.registry.RestSchemaRegistryClient;
import io.kawat.testkit.KawatStack;
import io.kawat.testkit.KawatStackExtension;
import io.kawat.testkit.TopicReader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The enrich topology on the real broker with exactly-once: the process is killed (SIGKILL) part way through a
 * backlog and restarted; every story version reaches {@code news.enriched.v1} exactly once, none is lost.
 */
@ExtendWith(KawatStackExtension.class)
class EnrichExactlyOnceIT {
    private static final int STORIES = 240;

    @TempDir
    Path home;

    @Test
    void shouldEnrichEveryVersionExactlyOnceAcrossAKill(KawatStack stack) throws Exception {
        String prefix = stack.uniqueName("eos") + ".";
        Topics topics = Topics.create(
                TopicsConfig.defaults().withNamePrefix(prefix),
                new RestSchemaRegistryClient(RegistryClientConfig.of(stack.registryUrl())));
        Map<String, String> env = new HashMap<>();
        env.put("KAWAT_KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers());
        env.put("KAWAT_REGISTRY_URL", stack.registryUrl());
        env.put("KAWAT_TOPICS_PREFIX", prefix);
        env.put("KAWAT_ENRICH_PORT", "0");
        env.put("KAWAT_DATA_DIR", home.resolve("data").toString());

        ChildProcess first = enrichProcess(env, "first");
        await().atMost(Duration.ofSeconds(90))
                .until(() -> count(stack, topics.enrichedStories()) == 0
                        && first.isAlive()
                        && adminSeesTopic(stack, topics));
        produce(stack, topics);
        await().atMost(Duration.ofSeconds(120)).until(() -> count(stack, topics.enrichedStories()) >= 40);
        first.kill();
        int beforeRestart = count(stack, topics.enrichedStories());

        try (ChildProcess second = enrichProcess(env, "second")) {
            await().atMost(Duration.ofSeconds(180)).until(() -> count(stack, topics.enrichedStories()) >= STORIES);
            List<EnrichedStory> out = readAll(stack, topics.enrichedStories());
            Map<String, Long> copies = out.stream()
                    .collect(Collectors.groupingBy(
                            e -> e.getStory().getStoryId() + "#" + e.getStory().getVersionSeq(),
                            Collectors.counting()));
            assertThat(beforeRestart).as("killed part way").isLessThan(STORIES);
            assertThat(copies).as("none lost").hasSize(STORIES);
            assertThat(copies.values()).as("none doubled").allMatch(n -> n == 1);
        }
    }

    private ChildProcess enrichProcess(Map<String, String> env, String name) {
        return ChildProcess.start(
                "enrich-" + name,
                ChildProcess.javaCommand(
                        List.of("-Xmx384m", "-XX:+UseSerialGC"),
                        System.getProperty("java.class.path"),
                        EnrichMain.class.getName(),
                        List.of()),
                env,
                home,
                home.resolve("enrich-" + name + ".log"));
    }

    private static boolean adminSeesTopic(KawatStack stack, Topics topics) throws Exception {
        try (var admin =
                org.apache.kafka.clients.admin.Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()))) {
            return admin.listTopics()
                    .names()
                    .get()
                    .contains(topics.enrichedStories().name());
        }
    }

    private static void produce(KawatStack stack, Topics topics) {
        Topic<String, WireStory> wire = topics.wireStories();
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, WireStory> producer = new KafkaProducer<>(
                props, wire.keySerde().serializer(), wire.valueSerde().serializer())) {
            for (int i = 0; i < STORIES; i++) {
                WireStory story = story(i);
                producer.send(new ProducerRecord<>(wire.name(), story.getStoryId(), story));
            }
        }
    }

    private static WireStory story(int i) {
        Instant created = Instant.parse("2021-03-23T10:00:00Z").plusSeconds(i * 60L);
        ZonedTime time = new ZonedTime(created, created.toString());
        String topic = List.of("harbour", "election", "earthquake", "football final", "central bank")
                .get(i % 5);
        String body = "Story number " + i + " reports on the " + topic + " in the city of Surabaya. Officials said on "
                + "Tuesday that the situation was being watched closely, and residents described what they saw. "
                + "Details " + i + " differ from every other story in this test, numbered " + (i * 7919) + ".";
        return WireStory.newBuilder()
                .setStoryId("eos:" + i)
                .setSourceId("eos")
                .setSourceName("EOS Wire")
                .setFeedId("eos")
                .setProviderGuid(String.valueOf(i))
                .setVersionSeq(1)
                .setPubStatus(PubStatus.USABLE)
                .setFirstCreated(time)
                .setVersionCreated(time)
                .setReceivedAt(time)
                .setHeadline("Story " + i + " about the " + topic)
                .setBodyHtml("<p>" + body + "</p>")
                .setBodyText(body)
                .setLanguage("en")
                .setFormat("RSS")
                .setContentHash(Integer.toHexString(body.hashCode()))
                .build();
    }

    private static int count(KawatStack stack, Topic<String, EnrichedStory> topic) {
        return readAll(stack, topic).size();
    }

    private static List<EnrichedStory> readAll(KawatStack stack, Topic<String, EnrichedStory> topic) {
        return TopicReader.readAll(
                stack.bootstrapServers(),
                topic.name(),
                topic.keySerde().deserializer(),
                topic.valueSerde().deserializer());
    }
}
