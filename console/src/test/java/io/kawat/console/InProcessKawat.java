package io.kawat.console;

import io.kawat.enrich.EnrichService;
import io.kawat.enrich.EnrichSettings;
import io.kawat.ingest.IngestService;
import io.kawat.ingest.IngestSettings;
import io.kawat.platform.config.Config;
import io.kawat.platform.lifecycle.ServiceGroup;
import io.kawat.platform.streams.StreamsService;
import io.kawat.publish.PublishService;
import io.kawat.publish.PublishSettings;
import java.nio.file.Path;
import java.util.Map;

/**
 * Ingest, enrich, publish and the console in this JVM, started the way {@code kawat up} starts them (the console
 * last, calling the publish API of this JVM). The launcher's {@code Pipeline} does the same, but the launcher depends
 * on this module, so tests here cannot use it.
 */
final class InProcessKawat implements AutoCloseable {
    private final ServiceGroup group = new ServiceGroup();
    private final IngestService ingest;
    private final StreamsService publish;
    private final ConsoleService console;

    InProcessKawat(Path configFile, Map<String, String> env, Path base) {
        Config ingestConfig = Config.load(IngestSettings.all(), configFile, env);
        ingest = IngestService.withConfiguredSources(ingestConfig, base, env);
        publish = PublishService.create(Config.load(PublishSettings.all(), configFile, env), env);
        StreamsService enrich = EnrichService.create(Config.load(EnrichSettings.all(), configFile, env));
        console = new ConsoleService(
                Config.load(ConsoleSettings.all(), configFile, env),
                () -> publish.http().url());
        try {
            group.start(publish);
            group.start(enrich);
            group.start(ingest);
            group.start(console);
        } catch (RuntimeException e) {
            group.close();
            throw e;
        }
    }

    String ingestUrl() {
        return ingest.url();
    }

    String publishUrl() {
        return publish.http().url();
    }

    String consoleUrl() {
        return console.url();
    }

    @Override
    public void close() {
        group.close();
    }
}
