package io.kawat.reliability.crash;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.reliability.Figures;
import io.kawat.reliability.harness.Chaos;
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
import io.kawat.testkit.KawatStack;
import io.kawat.testkit.KawatStackExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays realistic wire traffic through ingest, enrich and publish running as separate JVMs while a seeded chaos
 * thread SIGKILLs them at random moments and restarts them on the same data: every generated story version reaches
 * {@code wire.stories.v1} and {@code news.enriched.v1} exactly once and is shown in an article on
 * {@code news.articles.v1}, no article version appears twice or after a newer one. Size:
 * {@code -Dkawat.reliability.stories} (default 8,000; 20,000 for the full-size run) and {@code -Dkawat.reliability.kills} (default 12).
 */
@ExtendWith(KawatStackExtension.class)
class CrashReplayIT {
    private static final Logger log = LoggerFactory.getLogger(CrashReplayIT.class);
    private static final long SEED = 20_240_917L;
    private static final int WINDOW = 1_500;
    private static final Path LOGS =
            Path.of("target", "reliability-logs", "crash").toAbsolutePath();

    @TempDir
    Path home;

    @Test
    void shouldDeliverEveryVersionExactlyOnceWhenServicesAreKilledDuringAReplay(KawatStack stack) {
        int stories = Integer.getInteger("kawat.reliability.stories", 8_000);
        int kills = Integer.getInteger("kawat.reliability.kills", 12);
        String prefix = stack.uniqueName("crash") + ".";
        Topics topics = Topics.create(
                TopicsConfig.defaults().withNamePrefix(prefix),
                new RestSchemaRegistryClient(RegistryClientConfig.of(stack.registryUrl())));
        try (ServiceProcesses services = new ServiceProcesses(
                home, LOGS.resolve(prefix.replace(".", "")), stack.bootstrapServers(), stack.registryUrl(), prefix)) {
            services.startAll();
            try (TopicTail tail = new TopicTail(stack.bootstrapServers(), topics);
                    Chaos chaos =
                            new Chaos(services, kills, SEED, () -> tail.facts().enrichedRecords(), stories)) {
                ReplayDriver driver = new ReplayDriver(services.url(Service.INGEST), SEED, prefix.replace(".", ""));
                long start = System.nanoTime();
                chaos.start();
                driver.run(stories, () -> tail.facts().enrichedRecords(), WINDOW);
                Settling settling = Settling.await(
                        driver.expected(),
                        tail,
                        topics,
                        chaos::finished,
                        Duration.ofSeconds(120 + stories * 30L / 1000));
                double seconds = (System.nanoTime() - start) / 1e9;
                TopicAudit audit = settling.audit();
                writeFigures(stories, seconds, chaos, driver, audit);
                assertThat(chaos.failure()).as("chaos failed").isNull();
                assertThat(chaos.killsByService())
                        .as("kills per service")
                        .allSatisfy((s, n) -> assertThat(n).isPositive());
                assertThat(chaos.total()).as("crashes injected").isEqualTo(kills);
                assertThat(settling.settled())
                        .as("every version reached the end in time" + audit.summary())
                        .isTrue();
                assertThat(audit.lost()).as("lost" + audit.summary()).isZero();
                assertThat(audit.duplicates())
                        .as("duplicates" + audit.summary())
                        .isZero();
                assertThat(audit.stale()).as("stale" + audit.summary()).isZero();
                assertThat(audit.unexpected())
                        .as("unexpected" + audit.summary())
                        .isZero();
            }
        }
    }

    private static void writeFigures(int stories, double seconds, Chaos chaos, ReplayDriver driver, TopicAudit audit) {
        Map<Service, Integer> kills = chaos.killsByService();
        Figures section = Figures.section(
                        10,
                        "crashes",
                        String.format(java.util.Locale.ROOT, "Crashes during a replay of %,d story versions", stories))
                .line(
                        "- %,d story versions from the bench generator (about 5%% updates, 1%% kills) pushed to ingest, "
                                + "pushes retried until accepted (%,d retries)",
                        stories, driver.retries())
                .line("- ingest, enrich and publish as separate JVMs (-Xmx384m); translation not running")
                .line(
                        "- run time %.1f s (%.1f story versions/s end to end, kills and restarts included)",
                        seconds, stories / seconds)
                .line(
                        "- %d crashes injected (SIGKILL, then restart on the same data): ingest %d, enrich %d, "
                                + "publish %d",
                        chaos.total(), kills.get(Service.INGEST), kills.get(Service.ENRICH), kills.get(Service.PUBLISH))
                .line("- %d items refused by ingest", driver.rejected());
        audit.addTo(section).write();
        log.info("crash replay: {} s, {} crashes, {}", Math.round(seconds), chaos.total(), audit.summary());
    }
}
