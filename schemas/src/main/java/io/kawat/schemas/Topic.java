package io.kawat.schemas;

import org.apache.kafka.common.serialization.Serde;

/**
 * A Kafka topic with its key and value serdes and how it is provisioned. Immutable; every produce and consume site
 * takes its topic from {@link Topics}.
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, TopicSpec spec) {
}
