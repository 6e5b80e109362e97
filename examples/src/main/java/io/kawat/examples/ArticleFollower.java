package io.kawat.examples;

import io.kawat.schemas.avro.Article;
import io.kawat.schemas.registry.RegistryClientConfig;
import io.kawat.schemas.registry.RestSchemaRegistryClient;
import io.kawat.schemas.serde.AvroSerdes;
import io.kawat.schemas.serde.SerdeConfig;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A downstream consumer of Kawat's articles, with nothing but plain Kafka clients and Kawat's serde from the
 * {@code schemas} artifact: follows {@code news.articles.v1}, keeps the latest version of every article
 * ({@link ArticleLedger}), honours withdrawals and prints one line per change.
 *
 * <pre>
 * java -cp examples/target/classes:... io.kawat.examples.ArticleFollower \
 *     --bootstrap 127.0.0.1:9092 --registry http://127.0.0.1:8085/apis/ccompat/v7 [--topic news.articles.v1]
 *     [--group my-cms] [--idle-exit 30s]
 * </pre>
 *
 * A new consumer group starts from the beginning of the (compacted) topic, so it first catches up on every article;
 * offsets are committed after each batch is applied, so a restart resumes where it stopped (a record seen twice
 * changes nothing). {@code --idle-exit} stops after that long without a record (default: run until interrupted).
 */
public final class ArticleFollower {
    private final String bootstrap;
    private final String registry;
    private final String topic;
    private final String group;
    private final Duration idleExit;

    public ArticleFollower(String bootstrap, String registry, String topic, String group, Duration idleExit) {
        this.bootstrap = bootstrap;
        this.registry = registry;
        this.topic = topic;
        this.group = group;
        this.idleExit = idleExit;
    }

    public static void main(String[] args) {
        String bootstrap = "127.0.0.1:9092";
        String registry = "http://127.0.0.1:8085/apis/ccompat/v7";
        String topic = "news.articles.v1";
        String group = "kawat-article-follower-" + UUID.randomUUID();
        Duration idle = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--bootstrap" -> bootstrap = args[i + 1];
                case "--registry" -> registry = args[i + 1];
                case "--topic" -> topic = args[i + 1];
                case "--group" -> group = args[i + 1];
                case "--idle-exit" -> idle = Duration.parse("PT" + args[i + 1].toUpperCase(java.util.Locale.ROOT));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        // the changes go to standard output, one line each
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        new ArticleFollower(bootstrap, registry, topic, group, idle).run(out);
    }

    /** Follows the topic, printing a line per change to {@code out}, until interrupted or idle for too long. */
    public ArticleLedger run(PrintStream out) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // Kawat's services write articles in transactions: read only committed ones
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Deserializer<Article> values = AvroSerdes.specific(
                        Article.class,
                        new RestSchemaRegistryClient(RegistryClientConfig.of(registry)),
                        SerdeConfig.production(),
                        false)
                .deserializer();
        ArticleLedger ledger = new ArticleLedger();
        try (KafkaConsumer<String, Article> consumer = new KafkaConsumer<>(props, new StringDeserializer(), values)) {
            consumer.subscribe(List.of(topic));
            Instant lastRecord = Instant.now();
            while (!Thread.currentThread().isInterrupted()) {
                var records = consumer.poll(Duration.ofMillis(500));
                for (ConsumerRecord<String, Article> r : records) {
                    ledger.apply(r.key(), r.value()).ifPresent(change -> out.println(change.line()));
                }
                if (!records.isEmpty()) {
                    consumer.commitSync();
                    lastRecord = Instant.now();
                } else if (idleExit != null
                        && Duration.between(lastRecord, Instant.now()).compareTo(idleExit) > 0) {
                    break;
                }
            }
        }
        return ledger;
    }
}
