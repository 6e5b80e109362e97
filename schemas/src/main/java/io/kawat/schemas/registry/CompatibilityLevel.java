package io.kawat.schemas.registry;

/**
 * A subject's compatibility rule, as named by the Confluent REST API. BACKWARD: consumers on the new schema read
 * data written with the previous one; FORWARD: consumers on the previous schema read data written with the new one;
 * FULL: both. The {@code _TRANSITIVE} variants check against every earlier version instead of only the latest.
 */
public enum CompatibilityLevel {
    NONE,
    BACKWARD,
    BACKWARD_TRANSITIVE,
    FORWARD,
    FORWARD_TRANSITIVE,
    FULL,
    FULL_TRANSITIVE;

    /** True when the new schema must read data written with the older ones. */
    public boolean checksBackward() {
        return this == BACKWARD || this == BACKWARD_TRANSITIVE || this == FULL || this == FULL_TRANSITIVE;
    }

    /** True when the older schemas must read data written with the new one. */
    public boolean checksForward() {
        return this == FORWARD || this == FORWARD_TRANSITIVE || this == FULL || this == FULL_TRANSITIVE;
    }

    /** True when every earlier version is checked, not only the latest. */
    public boolean isTransitive() {
        return name().endsWith("_TRANSITIVE");
    }
}
