package io.kawat.enrich;

import io.kawat.platform.config.Config;
import io.kawat.platform.lifecycle.ServiceGroup;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the enrich service alone: {@code java io.kawat.enrich.EnrichMain [kawat.yaml]}. */
public final class EnrichMain {
    private static final Logger log = LoggerFactory.getLogger(EnrichMain.class);

    private EnrichMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Config config = Config.load(EnrichSettings.all(), args.length > 0 ? Path.of(args[0]) : null, Config.systemEnv());
        log.info("Enrich configuration:\n{}", config.describe());
        try (ServiceGroup group = new ServiceGroup()) {
            group.start(EnrichService.create(config));
            new CountDownLatch(1).await();
        }
    }
}
