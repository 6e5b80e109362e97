package io.kawat.schemas.registry.internal;

import io.kawat.schemas.registry.CompatibilityLevel;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;

/** Avro's reader/writer compatibility applied as a registry compatibility rule. */
public final class AvroCompatibility {
    private AvroCompatibility() {}

    /**
     * What keeps {@code candidate} from joining versions {@code existing} (oldest first) under {@code level}; empty
     * when it may.
     */
    public static List<String> problems(CompatibilityLevel level, Schema candidate, List<Schema> existing) {
        if (level == CompatibilityLevel.NONE || existing.isEmpty()) {
            return List.of();
        }
        List<Schema> against = level.isTransitive() ? existing : List.of(existing.get(existing.size() - 1));
        List<String> problems = new ArrayList<>();
        for (Schema old : against) {
            if (level.checksBackward()) {
                problems.addAll(readProblems(candidate, old, "new schema cannot read data written with an older one"));
            }
            if (level.checksForward()) {
                problems.addAll(
                        readProblems(old, candidate, "an older schema cannot read data written with the new one"));
            }
        }
        return List.copyOf(problems);
    }

    /** What keeps {@code reader} from reading data written with {@code writer}; empty when it can. */
    public static List<String> readProblems(Schema reader, Schema writer, String context) {
        SchemaPairCompatibility result = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
        if (result.getType() == SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
            return List.of();
        }
        return result.getResult().getIncompatibilities().stream()
                .map(incompatibility -> context + ": " + incompatibility.getType() + " at "
                        + incompatibility.getLocation() + " (" + incompatibility.getMessage() + ")")
                .toList();
    }
}
