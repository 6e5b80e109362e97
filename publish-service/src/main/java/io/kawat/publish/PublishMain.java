package io.kawat.publish;

import io.kawat.platform.config.Config;
import io.kawat.platform.lifecycle.ServiceGroup;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the publish service alone: {@code java io.kawat.publish.PublishMain [kawat.yaml]}. */
public final class PublishMain {
    private static final Logger log = LoggerFactory.getLogger(PublishMain.class);

    private PublishMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Config config = Config.load(PublishSettings.all(), args.length > 0 ? Path.of(args[0]) : null, Config.systemEnv());
        log.info("Publish configuration:\n{}", config.describe());
        try (ServiceGroup group = new ServiceGroup()) {
            group.start(PublishService.create(config));
            new CountDownLatch(1).await();
        }
    }
}
