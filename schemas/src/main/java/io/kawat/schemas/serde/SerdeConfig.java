package io.kawat.schemas.serde;

import java.util.Objects;

/**
 * How Kawat's Avro serdes use the schema registry.
 *
 * @param autoRegister true to register a writer schema the registry does not know yet; false to only look it up
 *                     and fail when it is missing. On for development and tests; <b>off in production</b>, where
 *                     schemas are registered by a deliberate step under the subject's compatibility rule.
 * @param strategy     how subjects are named
 */
public record SerdeConfig(boolean autoRegister, SubjectNameStrategy strategy) {
    public SerdeConfig {
        Objects.requireNonNull(strategy, "strategy");
    }

    /** Auto-registration on, {@link SubjectNameStrategy#TOPIC_NAME}: for development and tests. */
    public static SerdeConfig defaults() {
        return new SerdeConfig(true, SubjectNameStrategy.TOPIC_NAME);
    }

    /** Auto-registration off, {@link SubjectNameStrategy#TOPIC_NAME}: for production. */
    public static SerdeConfig production() {
        return new SerdeConfig(false, SubjectNameStrategy.TOPIC_NAME);
    }
}
