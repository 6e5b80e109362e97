package io.kawat.translate.internal.topology;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Partitions a retry record keyed {@code <storyId>|<language>} as the producer's default partitioner partitions the
 * story id itself (murmur2 of its UTF-8 bytes), so the retry lands in the same partition number as the story's
 * versions on {@code news.enriched.v1}: one task sees both and keeps them in order.
 */
public final class ByStoryPartitioner implements StreamPartitioner<String, Object> {
    @Override
    public Optional<Set<Integer>> partitions(String topic, String key, Object value, int numPartitions) {
        if (key == null) {
            return Optional.empty();
        }
        int bar = key.lastIndexOf('|');
        String storyId = bar < 0 ? key : key.substring(0, bar);
        byte[] bytes = storyId.getBytes(StandardCharsets.UTF_8);
        return Optional.of(Set.of(Utils.toPositive(Utils.murmur2(bytes)) % numPartitions));
    }
}
