package io.kawat.schemas.registry;

import java.util.List;
import org.apache.avro.Schema;

/**
 * A client for a schema registry that speaks the Confluent REST API (Confluent Schema Registry, Apicurio's
 * {@code /apis/ccompat/v7}, Karapace, Redpanda). Only Avro schemas. Implementations are thread-safe; failures are
 * {@link SchemaRegistryException}s, with typed subclasses for the documented error codes.
 */
public interface SchemaRegistryClient extends AutoCloseable {

    /** Registers the schema under the subject, or finds it there; the same schema always gives the same id. */
    int register(String subject, Schema schema);

    /** The schema with this registry-wide id; throws {@link SchemaNotFoundException} when there is none. */
    Schema schemaById(int id);

    /** The latest (not deleted) version of the subject. */
    RegisteredSchema latestVersion(String subject);

    /** A specific version of the subject; throws {@link VersionNotFoundException} when it does not exist. */
    RegisteredSchema version(String subject, int version);

    /**
     * The version of the subject that holds this schema, without registering it; throws
     * {@link SchemaNotFoundException} when the subject exists but does not hold the schema.
     */
    RegisteredSchema lookup(String subject, Schema schema);

    /** Whether the schema could be registered under the subject's compatibility rule (checked by the registry). */
    CompatibilityResult checkCompatibility(String subject, Schema schema);

    /** The registry-wide default compatibility rule. */
    CompatibilityLevel globalCompatibility();

    /** Sets the registry-wide default compatibility rule. */
    void setGlobalCompatibility(CompatibilityLevel level);

    /** The rule in force for the subject: its own when set, the global one otherwise. */
    CompatibilityLevel subjectCompatibility(String subject);

    /** Sets the subject's own compatibility rule. */
    void setSubjectCompatibility(String subject, CompatibilityLevel level);

    /** Every subject that is not (soft) deleted. */
    List<String> subjects();

    /** The subject's versions that are not (soft) deleted, in ascending order. */
    List<Integer> versions(String subject);

    /**
     * Deletes the subject and returns the versions it removed. A soft delete ({@code permanent} false) hides the
     * subject but keeps its schema ids readable; a hard delete removes it and, as in Confluent, must follow a soft
     * delete.
     */
    List<Integer> deleteSubject(String subject, boolean permanent);

    /** Deletes one version (soft, or hard after a soft delete) and returns its number. */
    int deleteVersion(String subject, int version, boolean permanent);

    /** Releases the client's resources; no exception. */
    @Override
    void close();
}
