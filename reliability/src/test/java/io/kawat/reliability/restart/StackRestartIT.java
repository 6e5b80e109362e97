package io.kawat.reliability.restart;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.devstack.DevStack;
import io.kawat.devstack.StackComponent;
import io.kawat.reliability.Figures;
import io.kawat.reliability.harness.ReplayDriver;
import io.kawat.reliability.harness.ServiceProcesses;
import io.kawat.reliability.harness.ServiceProcesses.Service;
import io.kawat.reliability.harness.Settling;
import io.kawat.reliability.harness.TopicAudit;
import io.kawat.reliability.harness.TopicTail;
import io.kawat.schemas.Topics;
import io.kawat.schemas.TopicsConfig;
import io.kawat.schemas.registry.RegistryClientConfig;
import io.kawat.schemas.registry.RestSchemaRegistryClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broker and then the schema registry are killed (SIGKILL) and started again on the same ports and data while a
 * steady stream of story versions flows through ingest, enrich and publish (child JVMs, never restarted by the test):
 * the services recover by themselves, and every version arrives exactly once. Recovery time is measured from the
 * component being back up (and from the fault) until publish composes a new article.
 */
class StackRestartIT {
    private static final Logger log = LoggerFactory.getLogger(StackRestartIT.class);
    private static final int STORIES = 3_000;
    private static final Duration RECOVERY_LIMIT = Duration.ofMinutes(3);
    private static final Path LOGS =
            Path.of("target", "reliability-logs", "restart").toAbsolutePath();

    @TempDir
    Path home;

    /** One fault and how long the pipeline took to move again. */
    record Recovery(
            String component, long downMs, long articlesWhileDown, long backToProgressMs, long faultToProgressMs) {
        boolean recovered() {
            return backToProgressMs >= 0;
        }
    }

    @Test
    void shouldRecoverByThemselvesWhenTheBrokerAndTheRegistryRestart() throws Exception {
        DevStack.Settings settings = DevStack.Settings.ephemeral(
                home.resolve("stack"), Path.of("target", "kawat-stack", "cache").toAbsolutePath());
        String prefix = "restart.";
        try (DevStack stack = DevStack.create(settings).startAll(settings.startTimeout());
                ServiceProcesses services = new ServiceProcesses(
                        home.resolve("services"), LOGS, stack.bootstrapServers(), stack.registryUrl(), prefix)) {
            Topics topics = Topics.create(
                    TopicsConfig.defaults().withNamePrefix(prefix),
                    new RestSchemaRegistryClient(RegistryClientConfig.of(stack.registryUrl())));
            services.startAll();
            try (TopicTail tail = new TopicTail(stack.bootstrapServers(), topics)) {
                ReplayDriver driver = new ReplayDriver(services.url(Service.INGEST), 7L, "restart");
                CompletableFuture<Void> replay = CompletableFuture.runAsync(
                        () -> driver.run(STORIES, () -> tail.facts().enrichedRecords(), 300));
                List<Recovery> recoveries = new ArrayList<>();
                awaitArticles(tail, STORIES / 6);
                recoveries.add(fault("broker", stack.kafka(), c -> stack.kafka().start(settings.startTimeout()), tail));
                if (recoveries.get(0).recovered()) {
                    awaitArticles(tail, tail.facts().articleRecords() + 100);
                    recoveries.add(fault(
                            "registry", stack.registry(), c -> stack.registry().start(settings.startTimeout()), tail));
                }
                Settling settling =
                        Settling.await(driver.expected(), tail, topics, replay::isDone, Duration.ofMinutes(5));
                writeFigures(recoveries, settling.audit());
                assertThat(recoveries).as("recoveries").hasSize(2).allMatch(Recovery::recovered);
                replay.get(1, TimeUnit.SECONDS);
                assertThat(services.ready(Service.INGEST)
                                && services.ready(Service.ENRICH)
                                && services.ready(Service.PUBLISH))
                        .as("services up without a restart by the test")
                        .isTrue();
                assertThat(settling.settled())
                        .as("every version reached the end" + settling.audit().summary())
                        .isTrue();
                assertThat(settling.audit().lost())
                        .as("lost" + settling.audit().summary())
                        .isZero();
                assertThat(settling.audit().duplicates())
                        .as("duplicates" + settling.audit().summary())
                        .isZero();
                assertThat(settling.audit().stale())
                        .as("stale" + settling.audit().summary())
                        .isZero();
            }
        }
    }

    /** Kills a component, starts it again at once and measures until publish composes a new article. */
    private static Recovery fault(
            String name, StackComponent component, Consumer<StackComponent> start, TopicTail tail) {
        long fault = System.currentTimeMillis();
        long articlesBefore = tail.facts().articleRecords();
        log.info("killing the {} (pid {})", name, component.pid());
        component.kill();
        start.accept(component);
        long back = System.currentTimeMillis();
        long whileDown = tail.facts().articleRecords() - articlesBefore;
        log.info("{} back after {} ms; waiting for a new article", name, back - fault);
        try {
            Awaitility.await("an article composed after the " + name + " came back")
                    .atMost(RECOVERY_LIMIT)
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> tail.facts().lastComposedAt() >= back);
        } catch (ConditionTimeoutException e) {
            log.warn(
                    "no new article {} s after the {} came back: {}", RECOVERY_LIMIT.toSeconds(), name, e.getMessage());
            return new Recovery(name, back - fault, whileDown, -1, -1);
        }
        long progress = System.currentTimeMillis();
        Recovery recovery = new Recovery(name, back - fault, whileDown, progress - back, progress - fault);
        log.info("recovered: {}", recovery);
        return recovery;
    }

    private static void awaitArticles(TopicTail tail, long records) {
        Awaitility.await(records + " article records")
                .atMost(RECOVERY_LIMIT)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> tail.facts().articleRecords() >= records);
    }

    private static void writeFigures(List<Recovery> recoveries, TopicAudit audit) {
        List<List<?>> rows = new ArrayList<>();
        recoveries.forEach(r -> rows.add(List.of(
                r.component(),
                r.downMs(),
                r.articlesWhileDown(),
                r.recovered() ? r.backToProgressMs() : "no progress in " + RECOVERY_LIMIT.toSeconds() + " s",
                r.recovered() ? r.faultToProgressMs() : "-")));
        Figures section = Figures.section(20, "restarts", "Broker and registry restarts under load")
                .line(
                        "- %,d story versions pushed in a steady stream through ingest, enrich and publish (child JVMs); "
                                + "the broker, then the registry killed (SIGKILL) and started again on the same ports and data; "
                                + "the services are not restarted",
                        STORIES)
                .line(
                        "- recovery: from the component back up (and from the fault) until publish composes a new article "
                                + "(Article.versionCreated after the component was back); \"down\" includes its start-up")
                .table(
                        List.of(
                                "component",
                                "down (ms)",
                                "article records read while down",
                                "back up to new article (ms)",
                                "fault to new article (ms)"),
                        rows);
        audit.addTo(section).write();
    }
}
