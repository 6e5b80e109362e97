package io.kawat.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kawat.console.ConsoleSettings;
import io.kawat.enrich.EnrichSettings;
import io.kawat.ingest.IngestSettings;
import io.kawat.platform.config.Config;
import io.kawat.platform.config.ConfigException;
import io.kawat.platform.config.Setting;
import io.kawat.publish.PublishSettings;
import io.kawat.translate.TranslateSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One configuration file and one environment for every service, as {@code kawat up} gives them: each service accepts
 * the others' keys, refuses a key none of them has, and publish and translate read the same normalised editions.
 */
class SettingsAcrossServicesTest {

    private static final List<List<Setting<?>>> SERVICES = List.of(
            IngestSettings.all(),
            EnrichSettings.all(),
            PublishSettings.all(),
            TranslateSettings.all(),
            ConsoleSettings.all());

    @TempDir
    Path dir;

    @Test
    void shouldLoadOneFileForEveryServiceWithTheSameLowerCaseEditions() throws Exception {
        Path yaml = Files.writeString(dir.resolve("kawat.yaml"), """
                publish:
                  editions: EN,ID,es
                  webhooks:
                    - id: cms
                      url: https://cms.example.org/hook
                      secret-env: KAWAT_WEBHOOK_CMS_SECRET
                ingest:
                  fetch:
                    read-timeout: 45s
                sources:
                  - id: wire
                    name: Wire
                    type: http
                    url: https://wire.example.org/feed
                    headers:
                      Authorization: "Bearer ${KAWAT_WIRE_TOKEN}"
                enrich:
                  languages: en,id
                """);
        Map<String, String> env = Map.of(
                "KAWAT_WEBHOOK_CMS_SECRET", "s3cret",
                "KAWAT_WIRE_TOKEN", "t0ken",
                "KAWAT_INGEST_PORT", "9181",
                "KAWAT_TEST_STACK", "devstack");

        for (List<Setting<?>> settings : SERVICES) {
            Config.load(settings, yaml, env);
        }
        Config publish = Config.load(PublishSettings.all(), yaml, env);
        Config translate = Config.load(TranslateSettings.all(), yaml, env);
        assertThat(publish.get(PublishSettings.EDITIONS)).containsExactly("en", "id", "es");
        assertThat(translate.get(TranslateSettings.EDITIONS)).isEqualTo(publish.get(PublishSettings.EDITIONS));
        assertThat(TranslateSettings.EDITIONS).isSameAs(PublishSettings.EDITIONS);
    }

    @Test
    void shouldRefuseInEveryServiceAKeyNoServiceHas() throws Exception {
        Path yaml = Files.writeString(dir.resolve("kawat.yaml"), "ingest:\n  fetch:\n    read-timout: 45s\n");

        for (List<Setting<?>> settings : SERVICES) {
            assertThatThrownBy(() -> Config.load(settings, yaml, Map.of("KAWAT_INGEST_PROT", "1")))
                    .isInstanceOfSatisfying(
                            ConfigException.class,
                            e -> assertThat(e.problems())
                                    .containsExactlyInAnyOrder(
                                            "unknown setting ingest.fetch.read-timout in the configuration file"
                                                    + " (did you mean ingest.fetch.read-timeout?)",
                                            "unknown environment variable KAWAT_INGEST_PROT: no Kawat setting has it"
                                                    + " (did you mean KAWAT_INGEST_PORT?)"));
        }
    }
}
