package io.kawat.publish.internal.webhook;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Commits where a new subscriber starts (its {@code auto.offset.reset} position) the moment it first gets a
 * partition, so that a restart before its first delivery does not move the start to a later "latest".
 */
final class StartingOffsets implements ConsumerRebalanceListener {
    private final Consumer<?, ?> consumer;
    private final Runnable onAssigned;

    StartingOffsets(Consumer<?, ?> consumer, Runnable onAssigned) {
        this.consumer = consumer;
        this.onAssigned = onAssigned;
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new HashSet<>(partitions));
        Map<TopicPartition, OffsetAndMetadata> starts = new HashMap<>();
        for (TopicPartition partition : partitions) {
            if (committed.get(partition) == null) {
                starts.put(partition, new OffsetAndMetadata(consumer.position(partition)));
            }
        }
        if (!starts.isEmpty()) {
            consumer.commitSync(starts);
        }
        onAssigned.run();
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        // offsets are committed record by record; nothing is pending
    }
}
