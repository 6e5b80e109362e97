package io.kawat.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.Test;

class InMemorySchemaRegistryClientTest {
    private static final Schema V1 = SchemaBuilder.record("P")
            .namespace("t")
            .fields()
            .requiredString("a")
            .endRecord();
    private static final Schema V2_WITH_DEFAULT = SchemaBuilder.record("P")
            .namespace("t")
            .fields()
            .requiredString("a")
            .name("b")
            .type()
            .intType()
            .intDefault(0)
            .endRecord();
    private static final Schema V2_WITHOUT_DEFAULT = SchemaBuilder.record("P")
            .namespace("t")
            .fields()
            .requiredString("a")
            .requiredInt("c")
            .endRecord();

    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();

    @Test
    void shouldGiveOneIdPerSchemaAcrossSubjectsWhenRegistering() {
        int first = registry.register("a-value", V1);

        assertThat(registry.register("a-value", V1)).isEqualTo(first);
        assertThat(registry.register("b-value", V1)).isEqualTo(first);
        assertThat(registry.register("a-value", V2_WITH_DEFAULT)).isNotEqualTo(first);
        assertThat(registry.versions("a-value")).containsExactly(1, 2);
        assertThat(registry.latestVersion("a-value"))
                .isEqualTo(new RegisteredSchema(
                        "a-value", 2, registry.register("a-value", V2_WITH_DEFAULT), V2_WITH_DEFAULT));
        assertThat(registry.schemaById(first)).isEqualTo(V1);
        assertThat(registry.subjects()).containsExactly("a-value", "b-value");
    }

    @Test
    void shouldRejectABackwardIncompatibleSchemaWhenTheDefaultRuleApplies() {
        registry.register("s", V1);

        assertThat(registry.checkCompatibility("s", V2_WITHOUT_DEFAULT).compatible())
                .isFalse();
        assertThatThrownBy(() -> registry.register("s", V2_WITHOUT_DEFAULT))
                .isInstanceOf(IncompatibleSchemaException.class)
                .hasMessageContaining("READER_FIELD_MISSING_DEFAULT_VALUE");
        assertThat(registry.checkCompatibility("s", V2_WITH_DEFAULT).compatible())
                .isTrue();
    }

    @Test
    void shouldAcceptAnyChangeWhenTheSubjectRuleIsNone() {
        registry.register("s", V1);
        registry.setSubjectCompatibility("s", CompatibilityLevel.NONE);

        registry.register("s", V2_WITHOUT_DEFAULT);

        assertThat(registry.versions("s")).containsExactly(1, 2);
        assertThat(registry.subjectCompatibility("s")).isEqualTo(CompatibilityLevel.NONE);
        assertThat(registry.globalCompatibility()).isEqualTo(CompatibilityLevel.BACKWARD);
    }

    @Test
    void shouldRaiseTheConfluentNotFoundErrorsWhenNothingMatches() {
        registry.register("s", V1);

        assertThatThrownBy(() -> registry.versions("nope")).isInstanceOf(SubjectNotFoundException.class);
        assertThatThrownBy(() -> registry.version("s", 9)).isInstanceOf(VersionNotFoundException.class);
        assertThatThrownBy(() -> registry.lookup("s", V2_WITH_DEFAULT)).isInstanceOf(SchemaNotFoundException.class);
        assertThatThrownBy(() -> registry.schemaById(999)).isInstanceOf(SchemaNotFoundException.class);
        assertThat(registry.lookup("s", V1).version()).isEqualTo(1);
    }

    @Test
    void shouldHideThenRemoveWhenSoftThenHardDeleted() {
        int id = registry.register("s", V1);
        registry.register("s", V2_WITH_DEFAULT);

        assertThatThrownBy(() -> registry.deleteSubject("s", true))
                .isInstanceOfSatisfying(
                        SchemaRegistryException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(40405));
        assertThat(registry.deleteVersion("s", 1, false)).isEqualTo(1);
        assertThat(registry.versions("s")).containsExactly(2);
        assertThat(registry.deleteSubject("s", false)).containsExactly(2);
        assertThat(registry.subjects()).isEmpty();
        assertThat(registry.schemaById(id)).as("ids stay readable").isEqualTo(V1);
        assertThat(registry.deleteSubject("s", true)).containsExactly(1, 2);
        assertThatThrownBy(() -> registry.deleteSubject("s", true)).isInstanceOf(SubjectNotFoundException.class);
    }
}
