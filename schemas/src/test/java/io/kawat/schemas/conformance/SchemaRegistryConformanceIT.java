package io.kawat.schemas.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kawat.schemas.OlderWireStory;
import io.kawat.schemas.avro.FeedCommand;
import io.kawat.schemas.avro.WireStory;
import io.kawat.schemas.registry.CompatibilityLevel;
import io.kawat.schemas.registry.CompatibilityResult;
import io.kawat.schemas.registry.IncompatibleSchemaException;
import io.kawat.schemas.registry.RegisteredSchema;
import io.kawat.schemas.registry.RegistryClientConfig;
import io.kawat.schemas.registry.RestSchemaRegistryClient;
import io.kawat.schemas.registry.SchemaNotFoundException;
import io.kawat.schemas.registry.SchemaRegistryException;
import io.kawat.schemas.registry.SubjectNotFoundException;
import io.kawat.schemas.registry.VersionNotFoundException;
import io.kawat.testkit.KawatStack;
import io.kawat.testkit.KawatStackExtension;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The registry client against a real registry: Apicurio Registry 2.6.13's Confluent API from the test kit, or any
 * Confluent-compatible registry named by {@code KAWAT_TEST_REGISTRY_URL}. Assertions hold on both; where Apicurio
 * answers differently from Confluent the comment says so (also listed in schemas/README.md).
 * Every test works on its own subjects, and each check that must reach the server uses a fresh client (no cache).
 */
@ExtendWith(KawatStackExtension.class)
class SchemaRegistryConformanceIT {
    private static final Schema V1 = SchemaBuilder.record("Probe")
            .namespace("io.kawat.it")
            .fields()
            .requiredString("a")
            .endRecord();
    private static final Schema V2_WITH_DEFAULT = SchemaBuilder.record("Probe")
            .namespace("io.kawat.it")
            .fields()
            .requiredString("a")
            .name("b")
            .type()
            .intType()
            .intDefault(0)
            .endRecord();
    private static final Schema V2_WITHOUT_DEFAULT = SchemaBuilder.record("Probe")
            .namespace("io.kawat.it")
            .fields()
            .requiredString("a")
            .requiredInt("c")
            .endRecord();

    @Test
    void shouldGiveTheSameIdWhenTheSameSchemaIsRegisteredAgain(KawatStack stack) {
        String subject = stack.uniqueName("idempotent") + "-value";
        String other = stack.uniqueName("idempotent-other") + "-value";

        int id = client(stack).register(subject, WireStory.getClassSchema());

        assertThat(client(stack).register(subject, WireStory.getClassSchema())).isEqualTo(id);
        assertThat(client(stack).versions(subject)).containsExactly(1);
        assertThat(client(stack).register(other, WireStory.getClassSchema()))
                .as("ids are registry-wide")
                .isEqualTo(id);
    }

    @Test
    void shouldReturnTheRegisteredSchemaWhenReadById(KawatStack stack) {
        int id = client(stack).register(stack.uniqueName("by-id"), FeedCommand.getClassSchema());

        assertThat(client(stack).schemaById(id)).isEqualTo(FeedCommand.getClassSchema());
    }

    @Test
    void shouldListEveryVersionWhenASubjectEvolves(KawatStack stack) {
        String subject = stack.uniqueName("versions");
        RestSchemaRegistryClient writer = client(stack);
        int oldId = writer.register(subject, OlderWireStory.schema());
        int newId = writer.register(subject, WireStory.getClassSchema());
        RestSchemaRegistryClient reader = client(stack);

        assertThat(reader.versions(subject)).containsExactly(1, 2);
        assertThat(reader.latestVersion(subject))
                .isEqualTo(new RegisteredSchema(subject, 2, newId, WireStory.getClassSchema()));
        assertThat(reader.version(subject, 1))
                .isEqualTo(new RegisteredSchema(subject, 1, oldId, OlderWireStory.schema()));
        assertThat(reader.subjects()).contains(subject);
    }

    @Test
    void shouldFindTheVersionWhenLookingUpARegisteredSchema(KawatStack stack) {
        String subject = stack.uniqueName("lookup");
        int id = client(stack).register(subject, V1);

        assertThat(client(stack).lookup(subject, V1)).isEqualTo(new RegisteredSchema(subject, 1, id, V1));
        assertThatThrownBy(() -> client(stack).lookup(subject, V2_WITH_DEFAULT))
                .isInstanceOf(SchemaNotFoundException.class);
        assertThatThrownBy(() -> client(stack).lookup(stack.uniqueName("no-such-subject"), V1))
                .isInstanceOf(SubjectNotFoundException.class);
    }

    @Test
    void shouldRaiseTheConfluentNotFoundCodesWhenNothingMatches(KawatStack stack) {
        String subject = stack.uniqueName("not-found");
        client(stack).register(subject, V1);
        String missing = stack.uniqueName("missing");

        assertThatThrownBy(() -> client(stack).versions(missing))
                .isInstanceOfSatisfying(
                        SubjectNotFoundException.class,
                        e -> assertThat(e.httpStatus()).isEqualTo(404));
        assertThatThrownBy(() -> client(stack).latestVersion(missing)).isInstanceOf(SubjectNotFoundException.class);
        assertThatThrownBy(() -> client(stack).version(subject, 99))
                .isInstanceOfSatisfying(
                        VersionNotFoundException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(40402));
        assertThatThrownBy(() -> client(stack).schemaById(1_999_999_999))
                .isInstanceOfSatisfying(
                        SchemaNotFoundException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(40403));
    }

    @Test
    void shouldTellCompatibleFromIncompatibleWhenTheSubjectIsBackward(KawatStack stack) {
        String subject = stack.uniqueName("compat");
        RestSchemaRegistryClient client = client(stack);
        client.register(subject, V1);
        client.setSubjectCompatibility(subject, CompatibilityLevel.BACKWARD);

        CompatibilityResult ok = client.checkCompatibility(subject, V2_WITH_DEFAULT);
        CompatibilityResult broken = client.checkCompatibility(subject, V2_WITHOUT_DEFAULT);

        assertThat(ok).isEqualTo(new CompatibilityResult(true, java.util.List.of()));
        // Confluent explains in "messages", Apicurio in "reason" ("... c at /fields/1"): both end up in messages.
        assertThat(broken.compatible()).isFalse();
        assertThat(broken.messages())
                .isNotEmpty()
                .anySatisfy(message -> assertThat(message).contains("/fields/1"));
        assertThatThrownBy(() -> client.register(subject, V2_WITHOUT_DEFAULT))
                .isInstanceOfSatisfying(
                        IncompatibleSchemaException.class,
                        e -> assertThat(e.httpStatus()).isEqualTo(409));
        assertThat(client(stack).register(subject, V2_WITH_DEFAULT)).isPositive();
        assertThat(client(stack).versions(subject)).containsExactly(1, 2);
    }

    @Test
    void shouldKeepTheSubjectLevelWhenCompatibilityIsSet(KawatStack stack) {
        String subject = stack.uniqueName("config");
        String plain = stack.uniqueName("config-plain");
        RestSchemaRegistryClient client = client(stack);
        client.register(subject, V1);
        client.register(plain, V1);

        client.setSubjectCompatibility(subject, CompatibilityLevel.FULL_TRANSITIVE);

        assertThat(client.subjectCompatibility(subject)).isEqualTo(CompatibilityLevel.FULL_TRANSITIVE);
        assertThat(client.subjectCompatibility(plain))
                .as("falls back to the global level")
                .isEqualTo(client.globalCompatibility());
    }

    @Test
    void shouldChangeTheGlobalLevelWhenSetAndRestoreIt(KawatStack stack) {
        RestSchemaRegistryClient client = client(stack);
        CompatibilityLevel original = client.globalCompatibility();
        CompatibilityLevel other =
                original == CompatibilityLevel.FORWARD ? CompatibilityLevel.BACKWARD : CompatibilityLevel.FORWARD;
        try {
            client.setGlobalCompatibility(other);

            assertThat(client(stack).globalCompatibility()).isEqualTo(other);
        } finally {
            client.setGlobalCompatibility(original);
        }
        assertThat(client(stack).globalCompatibility()).isEqualTo(original);
    }

    @Test
    void shouldHideThenRemoveWhenSoftThenHardDeleted(KawatStack stack) {
        String subject = stack.uniqueName("delete");
        RestSchemaRegistryClient client = client(stack);
        int id = client.register(subject, V1);
        client.register(subject, V2_WITH_DEFAULT);

        assertThat(client.deleteVersion(subject, 1, false)).isEqualTo(1);
        assertThat(client.versions(subject)).containsExactly(2);
        // Hard delete must follow a soft delete: 40407 on both; Confluent answers HTTP 404, Apicurio HTTP 409.
        assertThatThrownBy(() -> client.deleteVersion(subject, 2, true))
                .isInstanceOfSatisfying(
                        SchemaRegistryException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(40407));
        assertThat(client.deleteSubject(subject, false)).containsExactly(2);
        assertThat(client.subjects()).doesNotContain(subject);
        assertThatThrownBy(() -> client(stack).versions(subject)).isInstanceOf(SubjectNotFoundException.class);
        assertThat(client(stack).schemaById(id))
                .as("a soft-deleted schema stays readable by id")
                .isEqualTo(V1);
        assertThat(client.deleteSubject(subject, true)).containsExactly(1, 2);
        assertThatThrownBy(() -> client(stack).deleteSubject(subject, true))
                .isInstanceOf(SubjectNotFoundException.class);
    }

    private static RestSchemaRegistryClient client(KawatStack stack) {
        return new RestSchemaRegistryClient(RegistryClientConfig.of(stack.registryUrl()));
    }
}
