package io.kawat.platform.lifecycle;

import io.kawat.platform.config.Config;
import io.kawat.platform.config.Setting;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one launcher of a service run alone: loads and logs its configuration (masked), starts it, and runs until the
 * JVM is stopped, which closes it. {@code main(String[] args)} of each service is a call to {@link #run}.
 */
public final class ServiceMain {
    private static final Logger log = LoggerFactory.getLogger(ServiceMain.class);

    private ServiceMain() {}

    /**
     * @param args     an optional YAML configuration file
     * @param settings every setting the service declares
     * @param factory  builds the service from its configuration and the folder relative paths resolve against
     */
    public static void run(
            String[] args, String name, List<Setting<?>> settings, BiFunction<Config, Path, Service> factory)
            throws InterruptedException {
        Path file = args.length > 0 ? Path.of(args[0]) : null;
        Config config = Config.load(settings, file, Config.systemEnv());
        log.info("{} configuration:\n{}", name, config.describe());
        Path base = file == null
                ? Path.of(".").toAbsolutePath()
                : file.toAbsolutePath().getParent();
        try (ServiceGroup group = new ServiceGroup()) {
            group.start(factory.apply(config, base));
            new CountDownLatch(1).await();
        }
    }
}
