package io.kawat.schemas;

import java.time.Duration;

/**
 * How a topic is provisioned.
 *
 * @param partitions number of partitions
 * @param compacted  true for {@code cleanup.policy=compact} (latest value per key kept)
 * @param retention  time retention, or null for the broker default
 */
public record TopicSpec(int partitions, boolean compacted, Duration retention) {
}
