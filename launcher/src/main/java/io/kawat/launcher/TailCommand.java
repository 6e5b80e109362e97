package io.kawat.launcher;

import io.kawat.platform.config.Config;
import io.kawat.platform.kafka.KafkaClients;
import io.kawat.platform.kafka.KafkaContext;
import io.kawat.schemas.registry.SchemaRegistryClient;
import io.kawat.schemas.serde.AvroSerdes;
import io.kawat.schemas.serde.SerdeConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kawat tail TOPIC}: decodes Avro through the registry and prints one record per line. */
@Command(
        name = "tail",
        mixinStandardHelpOptions = true,
        description = "Print a topic's records, decoded through the schema registry.")
final class TailCommand implements Callable<Integer> {
    @Parameters(paramLabel = "TOPIC", description = "Topic name, e.g. news.articles.v1")
    String topic;

    @Option(names = "--from-beginning", description = "Start at the oldest record (default: only new ones)")
    boolean fromBeginning;

    @Option(names = "--json", description = "One JSON object per line: key, partition, offset, value")
    boolean json;

    @Option(names = "--max", defaultValue = "0", description = "Stop after N records (0: no limit)")
    int max;

    @Option(
            names = "--timeout",
            defaultValue = "0",
            description = "Stop after S seconds without a new record (0: never)")
    int timeoutSeconds;

    @Option(
            names = "--bootstrap-servers",
            description = "Kafka (default: KAWAT_KAFKA_BOOTSTRAP_SERVERS, else 127.0.0.1:9092)")
    String bootstrap;

    @Option(
            names = "--registry",
            description = "Schema registry (default: KAWAT_REGISTRY_URL, else http://127.0.0.1:8085/apis/ccompat/v7)")
    String registryUrl;

    @Override
    public Integer call() throws Exception {
        Config config = CliSettings.load(bootstrap, registryUrl);
        try (SchemaRegistryClient registry = KafkaContext.registry(config)) {
            Deserializer<GenericRecord> values =
                    AvroSerdes.generic(registry, SerdeConfig.defaults(), false).deserializer();
            try (KafkaConsumer<String, byte[]> consumer = KafkaClients.from(config)
                    .consumer(
                            "kawat-tail",
                            Map.of(),
                            new StringDeserializer(),
                            new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
                List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                        .map(p -> new TopicPartition(topic, p.partition()))
                        .toList();
                consumer.assign(partitions);
                if (fromBeginning) {
                    consumer.seekToBeginning(partitions);
                } else {
                    consumer.seekToEnd(partitions);
                }
                return loop(consumer, values);
            }
        }
    }

    private int loop(KafkaConsumer<String, byte[]> consumer, Deserializer<GenericRecord> values) {
        int printed = 0;
        long quietSince = System.nanoTime();
        while (max == 0 || printed < max) {
            var records = consumer.poll(Duration.ofMillis(500));
            if (records.isEmpty()) {
                if (timeoutSeconds > 0
                        && System.nanoTime() - quietSince
                                > Duration.ofSeconds(timeoutSeconds).toNanos()) {
                    break;
                }
                continue;
            }
            quietSince = System.nanoTime();
            for (ConsumerRecord<String, byte[]> record : records) {
                Console.line(format(record, values));
                if (++printed == max) {
                    break;
                }
            }
        }
        return 0;
    }

    private String format(ConsumerRecord<String, byte[]> record, Deserializer<GenericRecord> values) {
        String value;
        try {
            value = record.value() == null
                    ? "null"
                    : values.deserialize(record.topic(), record.headers(), record.value())
                            .toString();
        } catch (RuntimeException e) {
            value = "{\"undecodable\": " + quote(e.getMessage()) + "}";
        }
        if (!json) {
            return record.key() + "\t" + value;
        }
        return "{\"key\": " + quote(record.key()) + ", \"partition\": " + record.partition() + ", \"offset\": "
                + record.offset() + ", \"value\": " + value + "}";
    }

    private static String quote(String text) {
        return text == null
                ? "null"
                : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
