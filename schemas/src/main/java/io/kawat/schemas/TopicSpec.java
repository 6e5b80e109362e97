package io.kawat.schemas;

import java.time.Duration;

/**
 * How a topic is provisioned.
 *
 * @param partitions number of partitions, at least 1
 * @param compacted  true for {@code cleanup.policy=compact} (latest value per key kept)
 * @param retention  time retention, or null for the broker default
 */
public record TopicSpec(int partitions, boolean compacted, Duration retention) {
    public TopicSpec {
        if (partitions < 1) {
            throw new IllegalArgumentException("A topic needs at least one partition: " + partitions);
        }
        if (retention != null && (retention.isNegative() || retention.isZero())) {
            throw new IllegalArgumentException("Retention must be positive or null (broker default): " + retention);
        }
    }
}
