package io.kawat.platform.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.kawat.platform.config.CommonSettings;
import io.kawat.platform.config.Config;
import io.kawat.testkit.KawatStack;
import io.kawat.testkit.KawatStackExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** One lifecycle: nothing opens before start(); close() closes every part; /ready includes the parts' conditions. */
@ExtendWith(KawatStackExtension.class)
class StreamsServiceLifecycleIT {
    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldOpenOnStartCloseEveryPartOnCloseAndReportThePartsInReady(KawatStack stack) throws Exception {
        AtomicInteger opened = new AtomicInteger();
        AtomicBoolean topologyPartClosed = new AtomicBoolean();
        AtomicBoolean attachedPartClosed = new AtomicBoolean();
        AtomicBoolean loopUp = new AtomicBoolean(true);
        Config config = Config.load(
                CommonSettings.all(),
                null,
                Map.of(
                        "KAWAT_KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers(),
                        "KAWAT_REGISTRY_URL", stack.registryUrl(),
                        "KAWAT_TOPICS_PREFIX", stack.uniqueName("life") + ".",
                        "KAWAT_DATA_DIR", dir.toString()));
        StreamsService service = new StreamsService(
                config,
                new StreamsService.Definition(
                        "probe",
                        "kawat-probe",
                        0,
                        kafka -> List.of(kafka.topics().wireStories()),
                        scope -> {
                            opened.incrementAndGet();
                            scope.keep(() -> topologyPartClosed.set(true));
                            StreamsBuilder builder = new StreamsBuilder();
                            builder.stream(
                                            scope.kafka().topics().wireStories().name(),
                                            Consumed.with(Serdes.String(), Serdes.ByteArray()))
                                    .foreach((k, v) -> {});
                            return builder.build();
                        },
                        props -> {},
                        scope -> {
                            scope.keep(() -> {
                                assertThat(topologyPartClosed)
                                        .as("closed last opened first")
                                        .isFalse();
                                attachedPartClosed.set(true);
                            });
                            scope.readyWhen(loopUp::get);
                        }));
        assertThat(opened).as("the constructor opens nothing").hasValue(0);
        assertThat(service.http()).isNull();

        try (service) {
            service.start();
            assertThat(opened).hasValue(1);
            await().atMost(Duration.ofSeconds(30)).until(() -> ready(service) == 200);
            loopUp.set(false);
            assertThat(ready(service))
                    .as("a part that is down makes the service not ready")
                    .isEqualTo(503);
            loopUp.set(true);
            assertThat(ready(service)).isEqualTo(200);
            assertThatThrownBy(service::start).isInstanceOf(IllegalStateException.class);
        }
        assertThat(attachedPartClosed).isTrue();
        assertThat(topologyPartClosed).isTrue();
        assertThat(service.isReady()).isFalse();
        assertThat(service.runner().streams().state().isRunningOrRebalancing()).isFalse();
    }

    private int ready(StreamsService service) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create(service.http().url() + "/ready"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }
}
