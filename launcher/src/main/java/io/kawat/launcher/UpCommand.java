package io.kawat.launcher;

import io.kawat.devstack.DevStack;
import io.kawat.launcher.internal.EngineCheck;
import io.kawat.launcher.internal.Home;
import io.kawat.platform.config.Config;
import io.kawat.translate.TranslateSettings;
import io.kawat.translate.TranslationEngines;
import io.kawat.translate.TranslationSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kawat up}: the dev stack and every service in one command; Ctrl-C stops everything. */
@Command(
        name = "up",
        mixinStandardHelpOptions = true,
        description =
                "Start Kafka, the schema registry and all Kawat services; articles from the bundled samples appear at the API.")
final class UpCommand implements Callable<Integer> {
    @Option(names = "--config", description = "YAML configuration (default: the bundled offline configuration)")
    Path config;

    @Option(
            names = "--home",
            description = "Folder for data, drop folders and tokens (default: ${DEFAULT-VALUE})",
            defaultValue = "${env:KAWAT_HOME:-.kawat}")
    Path homeDir;

    @Option(
            names = "--kafka-port",
            defaultValue = "${env:KAWAT_KAFKA_PORT:-9092}",
            description = "Kafka port (default: ${DEFAULT-VALUE})")
    int kafkaPort;

    @Option(
            names = "--registry-port",
            defaultValue = "${env:KAWAT_REGISTRY_PORT:-8085}",
            description = "Schema registry port (default: ${DEFAULT-VALUE})")
    int registryPort;

    @Option(
            names = "--install-engines",
            description = "Install Apertium and the pairs of untranslated editions with apt-get (sudo when not root)"
                    + " before starting, so that the Spanish edition is translated")
    boolean installEngines;

    @Override
    public Integer call() throws InterruptedException {
        long started = System.nanoTime();
        Home home = new Home(homeDir);
        Properties secrets = home.secrets();
        boolean samples = home.installSamples();
        Console.line("Kawat home " + home.dir() + (samples ? " (bundled samples copied to inbox/)" : ""));
        DevStack stack = DevStack.create(new DevStack.Settings(
                home.dir().resolve("stack"),
                home.dir().resolve("cache"),
                kafkaPort,
                kafkaPort + 1,
                registryPort,
                Duration.ofSeconds(120),
                false));
        // registered before anything starts, so that Ctrl-C during start-up stops what was started, in order
        AtomicReference<Pipeline> running = new AtomicReference<>();
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            Console.line("Stopping Kawat ...");
                            Pipeline pipeline = running.get();
                            if (pipeline != null) {
                                pipeline.close();
                            }
                            stack.close();
                            Console.line("Stopped.");
                        },
                        "kawat-up-shutdown"));
        Console.line("Starting Kafka on 127.0.0.1:" + kafkaPort + " and the schema registry on 127.0.0.1:"
                + registryPort + " ...");
        stack.startAll(Duration.ofSeconds(120));
        Map<String, String> env = new HashMap<>(System.getenv());
        env.putIfAbsent("KAWAT_KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers());
        env.putIfAbsent("KAWAT_REGISTRY_URL", stack.registryUrl());
        env.putIfAbsent("KAWAT_DATA_DIR", home.dir().resolve("data").toString());
        env.putIfAbsent("KAWAT_INGEST_PUSH_TOKEN", secrets.getProperty("push-token"));
        env.putIfAbsent("KAWAT_SECURITY_OPERATOR_TOKEN", secrets.getProperty("operator-token"));
        Path file = config != null ? config : home.devConfig();
        checkTranslation(file, env);
        Console.line("Starting ingest, enrich, translate, publish and the console ...");
        Pipeline pipeline = Pipeline.start(file, env, home.dir(), running::set);
        printUrls(pipeline, stack, home, (System.nanoTime() - started) / 1_000_000_000.0);
        new CountDownLatch(1).await();
        return 0;
    }

    /** One line on which editions are translated and how to translate the rest; installs Apertium when asked. */
    private void checkTranslation(Path file, Map<String, String> env) throws InterruptedException {
        Config translate = Config.load(TranslateSettings.all(), file, env);
        String apertium = translate.get(TranslationSettings.APERTIUM_COMMAND);
        List<String> editions = translate.get(TranslateSettings.EDITIONS);
        Map<String, List<String>> coverage = TranslationEngines.coverage(translate, "en", editions);
        List<String> packages = EngineCheck.packagesFor(coverage, EngineCheck.onPath(apertium));
        if (installEngines && !packages.isEmpty()) {
            install(packages);
            coverage = TranslationEngines.coverage(translate, "en", editions);
        }
        Console.line(EngineCheck.line(coverage, EngineCheck.onPath(apertium)));
    }

    private static void install(List<String> packages) throws InterruptedException {
        List<String> command = new ArrayList<>();
        if (!"root".equals(System.getProperty("user.name"))) {
            command.add("sudo");
        }
        command.addAll(List.of("apt-get", "install", "-y"));
        command.addAll(packages);
        Console.line("Installing " + String.join(" ", packages) + ": " + String.join(" ", command));
        try {
            int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
            if (exit != 0) {
                Console.error("apt-get exited with " + exit + "; starting without them");
            }
        } catch (IOException e) {
            Console.error("cannot run apt-get (" + e.getMessage() + "); starting without them");
        }
    }

    private static void printUrls(Pipeline pipeline, DevStack stack, Home home, double seconds) {
        Console.line(String.format(java.util.Locale.ROOT, "Kawat is up in %.1f s. Ctrl-C stops everything.", seconds));
        Console.line("  Console          " + pipeline.consoleUrl() + "   (sign in with the operator token in "
                + home.secretsFile() + ")");
        Console.line("  Articles API     " + pipeline.publishUrl() + "/api/articles");
        Console.line("  Article stream   " + pipeline.publishUrl() + "/api/stream");
        Console.line("  Feeds            " + pipeline.publishUrl() + "/api/feeds/en/all.atom");
        Console.line("  Ingest push      " + pipeline.ingestUrl() + "/ingest/{sourceId}   (token in "
                + home.secretsFile() + ")");
        Console.line("  Feed health      " + pipeline.ingestUrl() + "/feeds");
        Console.line("  Enrich admin     " + pipeline.enrichUrl() + "/metrics");
        Console.line("  Translate admin  " + pipeline.translateUrl() + "/metrics");
        Console.line("  Schema registry  " + stack.registryUrl());
        Console.line("  Kafka            " + stack.bootstrapServers());
        Console.line("  Drop folders     " + home.dir().resolve("inbox"));
    }
}
