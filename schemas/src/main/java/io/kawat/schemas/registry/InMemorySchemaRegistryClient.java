package io.kawat.schemas.registry;

import io.kawat.schemas.registry.internal.AvroCompatibility;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * A schema registry in memory, for unit tests with TopologyTestDriver (the part Confluent's
 * {@code MockSchemaRegistryClient} plays). It keeps Confluent's rules: one id per schema text across subjects,
 * versions numbered per subject, compatibility checked with Avro's reader/writer rules (global default BACKWARD),
 * soft delete before hard delete. Thread-safe; never use it outside tests.
 */
public final class InMemorySchemaRegistryClient implements SchemaRegistryClient {
    private static final int NOT_FOUND = 404;

    private final Map<String, Integer> idsByText = new HashMap<>();
    private final Map<Integer, Schema> schemasById = new HashMap<>();
    private final Map<String, List<Entry>> subjects = new LinkedHashMap<>();
    private final Map<String, CompatibilityLevel> subjectLevels = new HashMap<>();
    private CompatibilityLevel globalLevel = CompatibilityLevel.BACKWARD;

    @Override
    public synchronized int register(String subject, Schema schema) {
        String text = schema.toString();
        List<Entry> entries = subjects.computeIfAbsent(subject, s -> new ArrayList<>());
        for (Entry entry : live(entries)) {
            if (entry.schema.toString().equals(text)) {
                return entry.id;
            }
        }
        List<String> problems = AvroCompatibility.problems(subjectCompatibility(subject), schema, liveSchemas(entries));
        if (!problems.isEmpty()) {
            throw new IncompatibleSchemaException(
                    "Schema being registered is incompatible with an earlier schema for" + " subject '" + subject
                            + "': " + problems,
                    409,
                    409);
        }
        int id = idsByText.computeIfAbsent(text, t -> idsByText.size() + 1);
        schemasById.putIfAbsent(id, schema);
        int version = entries.stream().mapToInt(entry -> entry.version).max().orElse(0) + 1;
        entries.add(new Entry(version, id, schema));
        return id;
    }

    @Override
    public synchronized Schema schemaById(int id) {
        Schema schema = schemasById.get(id);
        if (schema == null) {
            throw new SchemaNotFoundException("Schema " + id + " not found", NOT_FOUND);
        }
        return schema;
    }

    @Override
    public synchronized RegisteredSchema latestVersion(String subject) {
        List<Entry> entries = live(existing(subject));
        return entries.get(entries.size() - 1).registered(subject);
    }

    @Override
    public synchronized RegisteredSchema version(String subject, int version) {
        return live(existing(subject)).stream()
                .filter(entry -> entry.version == version)
                .findFirst()
                .orElseThrow(() -> new VersionNotFoundException("Version " + version + " not found", NOT_FOUND))
                .registered(subject);
    }

    @Override
    public synchronized RegisteredSchema lookup(String subject, Schema schema) {
        String text = schema.toString();
        return live(existing(subject)).stream()
                .filter(entry -> entry.schema.toString().equals(text))
                .findFirst()
                .orElseThrow(() -> new SchemaNotFoundException("Schema not found under subject " + subject, NOT_FOUND))
                .registered(subject);
    }

    @Override
    public synchronized CompatibilityResult checkCompatibility(String subject, Schema schema) {
        List<String> problems =
                AvroCompatibility.problems(subjectCompatibility(subject), schema, liveSchemas(existing(subject)));
        return new CompatibilityResult(problems.isEmpty(), problems);
    }

    @Override
    public synchronized CompatibilityLevel globalCompatibility() {
        return globalLevel;
    }

    @Override
    public synchronized void setGlobalCompatibility(CompatibilityLevel level) {
        globalLevel = level;
    }

    @Override
    public synchronized CompatibilityLevel subjectCompatibility(String subject) {
        return subjectLevels.getOrDefault(subject, globalLevel);
    }

    @Override
    public synchronized void setSubjectCompatibility(String subject, CompatibilityLevel level) {
        subjectLevels.put(subject, level);
    }

    @Override
    public synchronized List<String> subjects() {
        return subjects.entrySet().stream()
                .filter(e -> !live(e.getValue()).isEmpty())
                .map(Map.Entry::getKey)
                .toList();
    }

    @Override
    public synchronized List<Integer> versions(String subject) {
        return live(existing(subject)).stream().map(entry -> entry.version).toList();
    }

    @Override
    public synchronized List<Integer> deleteSubject(String subject, boolean permanent) {
        List<Entry> entries = subjects.getOrDefault(subject, List.of());
        if (!permanent) {
            List<Integer> deleted = versions(subject);
            entries.forEach(entry -> entry.deleted = true);
            return deleted;
        }
        if (entries.isEmpty()) {
            throw new SubjectNotFoundException("Subject '" + subject + "' not found", NOT_FOUND);
        }
        if (!live(entries).isEmpty()) {
            throw new SchemaRegistryException(
                    "Subject '" + subject + "' was not deleted first before being" + " permanently deleted",
                    40405,
                    NOT_FOUND);
        }
        subjects.remove(subject);
        subjectLevels.remove(subject);
        return entries.stream().map(entry -> entry.version).toList();
    }

    @Override
    public synchronized int deleteVersion(String subject, int version, boolean permanent) {
        List<Entry> entries = subjects.getOrDefault(subject, List.of());
        if (entries.isEmpty()) {
            throw new SubjectNotFoundException("Subject '" + subject + "' not found", NOT_FOUND);
        }
        Entry entry = entries.stream()
                .filter(e -> e.version == version)
                .findFirst()
                .orElseThrow(() -> new VersionNotFoundException("Version " + version + " not found", NOT_FOUND));
        if (permanent && !entry.deleted) {
            throw new SchemaRegistryException(
                    "Subject '" + subject + "' Version " + version
                            + " was not deleted first before being permanently deleted",
                    40407,
                    NOT_FOUND);
        }
        if (permanent) {
            entries.remove(entry);
        } else if (entry.deleted) {
            throw new VersionNotFoundException("Version " + version + " was soft deleted", NOT_FOUND);
        }
        entry.deleted = true;
        return version;
    }

    @Override
    public void close() {
        // Nothing to release.
    }

    private List<Entry> existing(String subject) {
        List<Entry> entries = subjects.get(subject);
        if (entries == null || live(entries).isEmpty()) {
            throw new SubjectNotFoundException("Subject '" + subject + "' not found", NOT_FOUND);
        }
        return entries;
    }

    private static List<Entry> live(List<Entry> entries) {
        return entries.stream().filter(entry -> !entry.deleted).toList();
    }

    private static List<Schema> liveSchemas(List<Entry> entries) {
        return live(entries).stream().map(entry -> entry.schema).toList();
    }

    /** One version of a subject; {@code deleted} marks a soft delete. Guarded by the client's lock. */
    private static final class Entry {
        private final int version;
        private final int id;
        private final Schema schema;
        private boolean deleted;

        private Entry(int version, int id, Schema schema) {
            this.version = version;
            this.id = id;
            this.schema = schema;
        }

        private RegisteredSchema registered(String subject) {
            return new RegisteredSchema(subject, version, id, schema);
        }
    }
}
