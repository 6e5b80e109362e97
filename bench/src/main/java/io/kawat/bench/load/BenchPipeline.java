package io.kawat.bench.load;

import io.kawat.bench.gen.BenchSource;
import io.kawat.launcher.Pipeline;
import io.kawat.platform.config.CommonSettings;
import io.kawat.platform.config.Config;
import io.kawat.platform.kafka.KafkaContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Kawat's services in this JVM ({@link Pipeline}: ingest, enrich, translate, publish, console), as {@code kawat up}
 * runs them, configured for a load run: the bench sources as push sources, a topic prefix of the run's own, state
 * under the run's folder, free ports, machine translation off unless asked.
 */
final class BenchPipeline implements AutoCloseable {

    static final String PUSH_TOKEN = "kawat-bench-push-token";

    private final Pipeline pipeline;
    private final KafkaContext kafka;

    private BenchPipeline(Pipeline pipeline, KafkaContext kafka) {
        this.pipeline = pipeline;
        this.kafka = kafka;
    }

    /** Writes the configuration under {@code dir} and starts the services. */
    static BenchPipeline start(
            String bootstrapServers,
            String registryUrl,
            String topicPrefix,
            Path dir,
            List<BenchSource> sources,
            boolean translation) {
        Path yaml = writeConfig(dir, sources);
        Map<String, String> env = new HashMap<>();
        env.put("KAWAT_KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        env.put("KAWAT_REGISTRY_URL", registryUrl);
        env.put("KAWAT_TOPICS_PREFIX", topicPrefix);
        env.put("KAWAT_DATA_DIR", dir.resolve("data").toString());
        env.put("KAWAT_INGEST_PUSH_TOKEN", PUSH_TOKEN);
        env.put("KAWAT_INGEST_PORT", "0");
        env.put("KAWAT_ENRICH_PORT", "0");
        env.put("KAWAT_PUBLISH_PORT", "0");
        env.put("KAWAT_TRANSLATE_PORT", "0");
        env.put("KAWAT_CONSOLE_PORT", "0");
        if (!translation) {
            // no engine for any pair a story can need (a story is never translated into its own language): every
            // translation is UNSUPPORTED_PAIR at once and no engine runs
            env.put("KAWAT_TRANSLATION_ENGINES", "xx-xx=apertium");
        }
        Pipeline pipeline = Pipeline.start(yaml, env, dir);
        return new BenchPipeline(pipeline, KafkaContext.connect(Config.load(CommonSettings.all(), yaml, env)));
    }

    String ingestUrl() {
        return pipeline.ingestUrl();
    }

    /** The topics, serdes and registry client of the run. */
    KafkaContext kafka() {
        return kafka;
    }

    @Override
    public void close() {
        pipeline.close();
        kafka.close();
    }

    private static Path writeConfig(Path dir, List<BenchSource> sources) {
        StringBuilder yaml = new StringBuilder("""
                # written by the load driver: the bench sources push; everything else as kawat up runs it
                publish:
                  editions: en,id,es
                  outlet-name: Kawat
                  byline: Kawat Newsdesk
                sources:
                """);
        for (BenchSource s : sources) {
            yaml.append("  - id: ")
                    .append(s.id())
                    .append('\n')
                    .append("    name: \"")
                    .append(s.name())
                    .append("\"\n")
                    .append("    type: push\n")
                    .append("    language: ")
                    .append(s.language())
                    .append('\n');
        }
        Path file = dir.resolve("kawat-bench.yaml");
        try {
            Files.createDirectories(dir);
            Files.writeString(file, yaml);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        return file;
    }
}
