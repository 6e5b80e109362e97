package io.kawat.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.schemas.avro.WireStory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * The build's evolution guard: every current schema must read data written with every released version kept in
 * {@code src/main/avro-history} (BACKWARD, transitively). See schemas/README.md, "Evolving a schema".
 */
class SchemaEvolutionTest {

    @Test
    void shouldReadEveryReleasedVersionWhenTheCurrentSchemasAreCompiled() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Schema> current : SchemaHistory.current().entrySet()) {
            problems.addAll(
                    SchemaHistory.incompatibilities(current.getValue(), SchemaHistory.released(current.getKey())));
        }

        assertThat(problems)
                .as("A schema change is not BACKWARD compatible with a released version: give new fields"
                        + " a default, keep enum symbols, do not change field types (schemas/README.md)")
                .isEmpty();
    }

    @Test
    void shouldKeepNumberedVersionsOfEveryTopLevelSchemaWhenReleased() throws IOException {
        try (var folders = Files.list(SchemaHistory.directory())) {
            assertThat(folders.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(SchemaHistory.current().keySet());
        }
        for (String name : SchemaHistory.current().keySet()) {
            List<Integer> versions = SchemaHistory.versions(name);
            assertThat(versions)
                    .as(name + " versions")
                    .isEqualTo(IntStream.rangeClosed(1, versions.size()).boxed().toList())
                    .isNotEmpty();
            assertThat(SchemaHistory.released(name))
                    .allSatisfy(schema -> assertThat(schema.getFullName())
                            .isEqualTo(SchemaHistory.current().get(name).getFullName()));
        }
    }

    @Test
    void shouldReportAMissingDefaultWhenANewFieldHasNone() {
        Schema next = SchemaEdits.withField(
                WireStory.getClassSchema(),
                "{\"name\": \"priority\", \"type\": \"int\", \"doc\": \"Added without a default.\"}");

        List<String> problems = SchemaHistory.incompatibilities(next, SchemaHistory.released("WireStory"));

        assertThat(problems)
                .singleElement()
                .asString()
                .contains("released v1")
                .contains("READER_FIELD_MISSING_DEFAULT_VALUE")
                .contains("priority");
    }

    @Test
    void shouldAcceptANewFieldWhenItHasADefault() {
        Schema next = SchemaEdits.withField(
                WireStory.getClassSchema(),
                "{\"name\": \"priority\", \"type\": \"int\", \"default\": 5, \"doc\": \"Added with a default.\"}");

        assertThat(SchemaHistory.incompatibilities(next, SchemaHistory.released("WireStory")))
                .isEmpty();
    }

    @Test
    void shouldReportATypeChangeWhenAFieldChangesType() {
        Schema next = SchemaEdits.withFieldType(WireStory.getClassSchema(), "versionSeq", "\"string\"");

        assertThat(SchemaHistory.incompatibilities(next, SchemaHistory.released("WireStory")))
                .singleElement()
                .asString()
                .contains("TYPE_MISMATCH")
                .contains("/fields/6/type")
                .contains("STRING")
                .contains("LONG");
    }

    @Test
    void shouldReportARemovedEnumSymbolWhenOldDataMayHoldIt() {
        Schema next = SchemaEdits.withoutSymbol(WireStory.getClassSchema(), "pubStatus", "CANCELED");

        assertThat(SchemaHistory.incompatibilities(next, SchemaHistory.released("WireStory")))
                .singleElement()
                .asString()
                .contains("MISSING_ENUM_SYMBOLS")
                .contains("CANCELED");
    }

    @Test
    void shouldWriteASnapshotOfEveryCurrentSchemaWhenTestsRun() throws IOException {
        // The file to copy into avro-history/<Record>/v<N+1>.avsc when a release carries a changed schema.
        Path snapshots = SchemaHistory.directory()
                .resolveSibling("../../target/avro-snapshots")
                .normalize();
        Files.createDirectories(snapshots);
        for (Map.Entry<String, Schema> current : SchemaHistory.current().entrySet()) {
            Path file = snapshots.resolve(current.getKey() + ".avsc");
            Files.writeString(file, SchemaHistory.snapshot(current.getValue()));

            Schema written = new Schema.Parser().parse(Files.readString(file));
            assertThat(SchemaHistory.incompatibilities(written, List.of(current.getValue())))
                    .isEmpty();
            assertThat(SchemaHistory.incompatibilities(current.getValue(), List.of(written)))
                    .isEmpty();
            assertThat(written.toString()).doesNotContain("avro.java.string");
        }
    }
}
