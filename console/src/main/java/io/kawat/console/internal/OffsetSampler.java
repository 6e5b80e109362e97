package io.kawat.console.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads, through the Admin API, the end offset of every watched topic and the lag of every consumer group whose id
 * starts with the topic prefix (the Kafka Streams applications of this installation). Lag is the sum over the
 * group's committed partitions of end offset minus committed offset.
 */
final class OffsetSampler {
    private static final Logger log = LoggerFactory.getLogger(OffsetSampler.class);
    private static final long TIMEOUT_SECONDS = 10;

    /** One reading: end offset per topic (summed over partitions) and lag per consumer group. */
    record OffsetSample(Instant at, Map<String, Long> topicEnds, Map<String, Long> groupLags) {}

    private final Admin admin;
    private final List<String> topics;
    private final String groupPrefix;
    private final Clock clock;

    OffsetSampler(Admin admin, List<String> topics, String groupPrefix, Clock clock) {
        this.admin = admin;
        this.topics = List.copyOf(topics);
        this.groupPrefix = groupPrefix;
        this.clock = clock;
    }

    OffsetSample sample() throws InterruptedException, ExecutionException, TimeoutException {
        Set<String> existing = new HashSet<>(get(admin.listTopics().names()));
        List<String> present = topics.stream().filter(existing::contains).toList();
        List<TopicPartition> partitions = new ArrayList<>();
        for (TopicDescription d :
                get(admin.describeTopics(present).allTopicNames()).values()) {
            d.partitions().forEach(p -> partitions.add(new TopicPartition(d.name(), p.partition())));
        }
        Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new TreeMap<>();
        for (GroupListing group :
                get(admin.listGroups(ListGroupsOptions.forConsumerGroups()).all())) {
            if (group.groupId().startsWith(groupPrefix)) {
                committed.put(
                        group.groupId(),
                        get(admin.listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata()));
            }
        }
        Set<TopicPartition> wanted = new HashSet<>(partitions);
        committed.values().forEach(m -> wanted.addAll(m.keySet()));
        Map<TopicPartition, Long> ends = endOffsets(wanted);
        Map<String, Long> topicEnds = new TreeMap<>();
        present.forEach(t -> topicEnds.put(t, 0L));
        partitions.forEach(tp -> topicEnds.merge(tp.topic(), ends.getOrDefault(tp, 0L), Long::sum));
        Map<String, Long> lags = new TreeMap<>();
        committed.forEach((group, offsets) -> lags.put(
                group,
                offsets.entrySet().stream()
                        .filter(e -> e.getValue() != null && ends.containsKey(e.getKey()))
                        .mapToLong(e ->
                                Math.max(0, ends.get(e.getKey()) - e.getValue().offset()))
                        .sum()));
        return new OffsetSample(clock.instant(), topicEnds, lags);
    }

    private Map<TopicPartition, Long> endOffsets(Set<TopicPartition> partitions)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetSpec> specs = new HashMap<>();
        partitions.forEach(tp -> specs.put(tp, OffsetSpec.latest()));
        Map<TopicPartition, Long> ends = new HashMap<>();
        if (specs.isEmpty()) {
            return ends;
        }
        ListOffsetsResult result = admin.listOffsets(specs);
        for (TopicPartition tp : specs.keySet()) {
            try {
                ends.put(tp, get(result.partitionResult(tp)).offset());
            } catch (ExecutionException gone) {
                // a partition deleted since the listing (e.g. an old repartition topic): nothing to count
                log.debug(
                        "No end offset for {}: {}",
                        tp,
                        gone.getCause() == null ? gone : gone.getCause().toString());
            }
        }
        return ends;
    }

    private static <T> T get(KafkaFuture<T> future) throws InterruptedException, ExecutionException, TimeoutException {
        return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
