package io.kawat.ingest;

import io.kawat.ingest.internal.source.SourcesLoader;
import io.kawat.platform.config.Config;
import io.kawat.platform.lifecycle.ServiceGroup;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the ingest service alone: {@code java io.kawat.ingest.IngestMain [kawat.yaml]}. */
public final class IngestMain {
    private static final Logger log = LoggerFactory.getLogger(IngestMain.class);

    private IngestMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path file = args.length > 0 ? Path.of(args[0]) : null;
        Config config = Config.load(IngestSettings.all(), file, Config.systemEnv());
        log.info("Ingest configuration:\n{}", config.describe());
        Path base = file == null ? Path.of(".") : file.toAbsolutePath().getParent();
        try (ServiceGroup group = new ServiceGroup()) {
            group.start(new IngestService(config, SourcesLoader.load(config.section("sources"), base, Config.systemEnv())));
            new CountDownLatch(1).await();
        }
    }
}
