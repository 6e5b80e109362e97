package io.kawat.schemas;

import io.kawat.schemas.serde.SerdeConfig;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the topic registry is built from.
 *
 * @param namePrefix prefix of every topic name: empty in production; tests give a unique one so runs never share
 *                   topics
 * @param partitions partitions of every topic Kawat creates
 * @param serde      how the Avro value serdes use the schema registry
 */
public record TopicsConfig(String namePrefix, int partitions, SerdeConfig serde) {
    /** Partitions by default. */
    public static final int DEFAULT_PARTITIONS = 3;

    private static final Pattern LEGAL_PREFIX = Pattern.compile("[a-zA-Z0-9._-]*");

    public TopicsConfig {
        Objects.requireNonNull(namePrefix, "namePrefix");
        Objects.requireNonNull(serde, "serde");
        if (!LEGAL_PREFIX.matcher(namePrefix).matches()) {
            throw new IllegalArgumentException(
                    "Topic name prefix may only hold letters, digits, '.', '_' and '-': '" + namePrefix + "'");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("Topics need at least one partition: " + partitions);
        }
    }

    /** No prefix, {@link #DEFAULT_PARTITIONS} partitions, {@link SerdeConfig#defaults()}. */
    public static TopicsConfig defaults() {
        return new TopicsConfig("", DEFAULT_PARTITIONS, SerdeConfig.defaults());
    }

    /** This configuration with another prefix. */
    public TopicsConfig withNamePrefix(String prefix) {
        return new TopicsConfig(prefix, partitions, serde);
    }
}
