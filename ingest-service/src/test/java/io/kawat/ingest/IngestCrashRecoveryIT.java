package io.kawat.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kawat.devstack.ChildProcess;
import io.kawat.schemas.Topics;
import io.kawat.schemas.TopicsConfig;
import io.kawat.schemas.avro.WireStory;
import io.kawat.schemas.registry.RegistryClientConfig;
import io.kawat.schemas.registry.RestSchemaRegistryClient;
import io.kawat.testkit.KawatStack;
import io.kawat.testkit.KawatStackExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the ingest process (SIGKILL) in the middle of a drop-folder backlog, restarts it, and checks that the topic
 * holds every story version exactly once: transactions cover a document's versions and ingest's memory of them.
 */
@ExtendWith(KawatStackExtension.class)
class IngestCrashRecoveryIT {
    private static final int FILES = 120;
    private static final int ITEMS_PER_FILE = 3;

    @TempDir
    Path home;

    @Test
    void shouldHoldEveryVersionExactlyOnceAfterAKillMidBacklog(KawatStack stack) throws Exception {
        String prefix = stack.uniqueName("crash") + ".";
        Path inbox = Files.createDirectories(home.resolve("inbox/crash"));
        for (int f = 0; f < FILES; f++) {
            Files.writeString(inbox.resolve("feed-" + f + ".rss"), rss(f));
        }
        Path config = Files.writeString(home.resolve("kawat.yaml"), """
                sources:
                  - id: crash
                    name: Crash Test Wire
                    type: folder
                    folder: inbox/crash
                """);
        Map<String, String> env = WireTopicReader.env(stack, prefix, "");
        env.put("KAWAT_INGEST_FOLDER_SCAN_INTERVAL", "100ms");
        Topics topics = Topics.create(
                TopicsConfig.defaults().withNamePrefix(prefix),
                new RestSchemaRegistryClient(RegistryClientConfig.of(stack.registryUrl())));

        ChildProcess first = ingestProcess(config, env, "first");
        await().atMost(Duration.ofSeconds(90)).until(() -> topicHas(stack, topics) >= 60);
        first.kill();
        int beforeRestart = topicHas(stack, topics);

        try (ChildProcess second = ingestProcess(config, env, "second")) {
            await().atMost(Duration.ofSeconds(90)).until(() -> topicHas(stack, topics) >= FILES * ITEMS_PER_FILE);
            List<WireStory> stories = WireTopicReader.readAll(stack.bootstrapServers(), topics.wireStories());
            Map<String, Long> copies = stories.stream()
                    .collect(Collectors.groupingBy(
                            s -> s.getStoryId() + "#" + s.getVersionSeq(), Collectors.counting()));
            assertThat(beforeRestart).as("killed mid-backlog").isLessThan(FILES * ITEMS_PER_FILE);
            assertThat(copies).hasSize(FILES * ITEMS_PER_FILE);
            assertThat(copies.values()).as("every version exactly once").allMatch(n -> n == 1);
            assertThat(stories).allMatch(s -> s.getVersionSeq() == 1);
            assertThat(Files.list(inbox.resolve("processed"))
                            .filter(p -> p.toString().endsWith(".rss"))
                            .count())
                    .isEqualTo(FILES);
        }
    }

    private ChildProcess ingestProcess(Path config, Map<String, String> env, String name) {
        return ChildProcess.start(
                "ingest-" + name,
                ChildProcess.javaCommand(
                        List.of("-Xmx256m", "-XX:+UseSerialGC"),
                        System.getProperty("java.class.path"),
                        IngestMain.class.getName(),
                        List.of(config.toString())),
                env,
                home,
                home.resolve("ingest-" + name + ".log"));
    }

    private static int topicHas(KawatStack stack, Topics topics) {
        return WireTopicReader.readAll(stack.bootstrapServers(), topics.wireStories())
                .size();
    }

    private static String rss(int file) {
        Function<Integer, String> item = i -> String.format(Locale.ROOT, """
                <item><title>Story %d-%d about the harbour</title><link>https://wire.example.test/%d/%d</link>
                <guid isPermaLink="false">crash-%d-%d</guid><pubDate>Tue, 23 Mar 2021 10:%02d:00 +0000</pubDate>
                <description>Paragraph one of story %d-%d. Paragraph with enough words to be a story.</description></item>
                """, file, i, file, i, file, i, i, file, i);
        String items = java.util.stream.IntStream.range(0, ITEMS_PER_FILE)
                .mapToObj(item::apply)
                .collect(Collectors.joining());
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Crash Test Wire</title>"
                + "<link>https://wire.example.test/</link><description>test</description>" + items + "</channel></rss>";
    }
}
