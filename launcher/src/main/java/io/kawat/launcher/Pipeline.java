package io.kawat.launcher;

import io.kawat.console.ConsoleService;
import io.kawat.console.ConsoleSettings;
import io.kawat.enrich.EnrichService;
import io.kawat.enrich.EnrichSettings;
import io.kawat.ingest.IngestService;
import io.kawat.ingest.IngestSettings;
import io.kawat.platform.config.Config;
import io.kawat.platform.lifecycle.ServiceGroup;
import io.kawat.platform.streams.StreamsService;
import io.kawat.publish.PublishService;
import io.kawat.publish.PublishSettings;
import io.kawat.translate.TranslateService;
import io.kawat.translate.TranslateSettings;
import java.nio.file.Path;
import java.util.Map;

/**
 * Ingest, enrich, translate, publish and the operator console in this JVM, against the Kafka and registry named in
 * {@code env}: what {@code kawat up} runs, and what end-to-end tests start. Each service reads its own settings from
 * the same file and environment.
 */
public final class Pipeline implements AutoCloseable {
    private final ServiceGroup group = new ServiceGroup();
    private final IngestService ingest;
    private final StreamsService enrich;
    private final StreamsService publish;
    private final StreamsService translate;
    private final ConsoleService console;

    private Pipeline(
            IngestService ingest,
            StreamsService enrich,
            StreamsService publish,
            StreamsService translate,
            Config consoleConfig) {
        this.ingest = ingest;
        this.enrich = enrich;
        this.publish = publish;
        this.translate = translate;
        // the console calls the publish API of this JVM, wherever its port ended up
        this.console = new ConsoleService(consoleConfig, () -> publish.http().url());
    }

    /** Starts the services, the console last; {@code sourcesBase} resolves relative drop folders. */
    public static Pipeline start(Path configFile, Map<String, String> env, Path sourcesBase) {
        return start(configFile, env, sourcesBase, pipeline -> {});
    }

    /** As {@link #start(Path, Map, Path)}, handing the pipeline to {@code starting} before its services start. */
    public static Pipeline start(
            Path configFile,
            Map<String, String> env,
            Path sourcesBase,
            java.util.function.Consumer<Pipeline> starting) {
        Config ingestConfig = Config.load(IngestSettings.all(), configFile, env);
        Config enrichConfig = Config.load(EnrichSettings.all(), configFile, env);
        Config publishConfig = Config.load(PublishSettings.all(), configFile, env);
        Config translateConfig = Config.load(TranslateSettings.all(), configFile, env);
        IngestService ingest = IngestService.withConfiguredSources(ingestConfig, sourcesBase, env);
        Config consoleConfig = Config.load(ConsoleSettings.all(), configFile, env);
        Pipeline pipeline = new Pipeline(
                ingest,
                EnrichService.create(enrichConfig),
                PublishService.create(publishConfig, env),
                TranslateService.create(translateConfig),
                consoleConfig);
        starting.accept(pipeline);
        try {
            pipeline.group.start(pipeline.publish);
            pipeline.group.start(pipeline.translate);
            pipeline.group.start(pipeline.enrich);
            pipeline.group.start(pipeline.ingest);
            pipeline.group.start(pipeline.console);
            return pipeline;
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
    }

    public String ingestUrl() {
        return ingest.url();
    }

    public String enrichUrl() {
        return enrich.http().url();
    }

    public String publishUrl() {
        return publish.http().url();
    }

    public String translateUrl() {
        return translate.http().url();
    }

    public String consoleUrl() {
        return console.url();
    }

    @Override
    public void close() {
        group.close();
    }
}
