package io.kawat.schemas.serde.internal;

import io.kawat.schemas.registry.SchemaRegistryException;
import io.kawat.schemas.serde.RegistryUnavailableException;
import java.util.function.BiFunction;
import org.apache.kafka.common.errors.SerializationException;

/** Maps registry failures inside a serde to serialization errors, keeping "registry down" apart. */
final class RegistryErrors {
    private RegistryErrors() {}

    static SerializationException map(
            SchemaRegistryException e,
            String what,
            BiFunction<String, SchemaRegistryException, SerializationException> otherwise) {
        if (e.isRetriable()) {
            return new RegistryUnavailableException(what + ": schema registry unavailable: " + e.getMessage(), e);
        }
        return otherwise.apply(what + ": " + e.getMessage(), e);
    }
}
