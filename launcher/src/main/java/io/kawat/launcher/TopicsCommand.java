package io.kawat.launcher;

import io.kawat.platform.kafka.KafkaClients;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kawat topics}: every topic with its partitions, offset span (records plus transaction markers) and each consumer group's lag. */
@Command(
        name = "topics",
        mixinStandardHelpOptions = true,
        description = "List topics with record counts and consumer lag.")
final class TopicsCommand implements Callable<Integer> {
    @Option(
            names = "--bootstrap-servers",
            description = "Kafka (default: KAWAT_KAFKA_BOOTSTRAP_SERVERS, else 127.0.0.1:9092)")
    String bootstrap;

    @Override
    public Integer call() throws Exception {
        try (Admin admin = KafkaClients.from(CliSettings.load(bootstrap, null)).admin("kawat-topics")) {
            TreeSet<String> names = new TreeSet<>(admin.listTopics().names().get());
            Map<String, TopicDescription> topics =
                    admin.describeTopics(names).allTopicNames().get();
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            topics.values()
                    .forEach(t -> t.partitions().forEach(p -> {
                        earliest.put(new TopicPartition(t.name(), p.partition()), OffsetSpec.earliest());
                        latest.put(new TopicPartition(t.name(), p.partition()), OffsetSpec.latest());
                    }));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> start =
                    admin.listOffsets(earliest).all().get();
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end =
                    admin.listOffsets(latest).all().get();
            Map<String, Map<String, Long>> lag = lagByTopic(admin, end);
            Console.line(String.format(
                    java.util.Locale.ROOT, "%-48s %5s %10s  %s", "TOPIC", "PARTS", "OFFSETS", "CONSUMER LAG"));
            for (String name : names) {
                long records = topics.get(name).partitions().stream()
                        .mapToLong(p -> {
                            TopicPartition tp = new TopicPartition(name, p.partition());
                            return end.get(tp).offset() - start.get(tp).offset();
                        })
                        .sum();
                Console.line(String.format(
                        java.util.Locale.ROOT,
                        "%-48s %5d %10d  %s",
                        name,
                        topics.get(name).partitions().size(),
                        records,
                        lag.getOrDefault(name, Map.of())));
            }
        }
        return 0;
    }

    private static Map<String, Map<String, Long>> lagByTopic(
            Admin admin, Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end) throws Exception {
        Map<String, Map<String, Long>> lag = new HashMap<>();
        List<String> groups = admin.listConsumerGroups().all().get().stream()
                .map(ConsumerGroupListing::groupId)
                .toList();
        for (String group : groups) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get();
            committed.forEach((tp, offset) -> {
                if (offset != null && end.containsKey(tp)) {
                    lag.computeIfAbsent(tp.topic(), t -> new java.util.TreeMap<>())
                            .merge(group, Math.max(0, end.get(tp).offset() - offset.offset()), Long::sum);
                }
            });
        }
        return lag;
    }
}
