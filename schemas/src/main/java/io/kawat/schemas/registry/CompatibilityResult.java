package io.kawat.schemas.registry;

import java.util.List;
import java.util.Objects;

/**
 * The answer to a compatibility check.
 *
 * @param compatible true when the schema may be registered under the subject's rule
 * @param messages   why not, as the registry explains it (Confluent's {@code messages}, Apicurio's {@code reason});
 *                   empty when compatible or when the registry gave no reason
 */
public record CompatibilityResult(boolean compatible, List<String> messages) {
    public CompatibilityResult {
        messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
    }
}
