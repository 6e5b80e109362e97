package io.kawat.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kawat.platform.config.Config;
import io.kawat.platform.streams.StreamsService;
import io.kawat.testkit.KawatStack;
import io.kawat.testkit.KawatStackExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** One lifecycle: the translate service makes its engines when it starts and stops their threads when it closes. */
@ExtendWith(KawatStackExtension.class)
class TranslateServiceIT {
    @TempDir
    Path dir;

    @Test
    void shouldMakeTheEnginesOnStartAndCloseTheirThreadPoolOnClose(KawatStack stack) {
        List<TranslationService> made = new CopyOnWriteArrayList<>();
        Config config = Config.load(
                TranslateSettings.all(),
                null,
                Map.of(
                        "KAWAT_KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers(),
                        "KAWAT_REGISTRY_URL", stack.registryUrl(),
                        "KAWAT_TOPICS_PREFIX", stack.uniqueName("translate-life") + ".",
                        "KAWAT_DATA_DIR", dir.toString(),
                        "KAWAT_TRANSLATE_PORT", "0"));
        StreamsService service = TranslateService.create(config, (c, metrics) -> {
            TranslationService engines = TranslateService.engines(c, metrics);
            made.add(engines);
            return engines;
        });
        assertThat(made).as("creating the service makes no engines").isEmpty();
        try (service) {
            service.start();
            await().atMost(Duration.ofSeconds(60)).until(service::isReady);
            assertThat(made).hasSize(1);
            assertThat(made.get(0).closed()).isFalse();
        }
        assertThat(made.get(0).closed())
                .as("the translation thread pool is terminated")
                .isTrue();
        assertThat(service.isReady()).isFalse();
    }
}
