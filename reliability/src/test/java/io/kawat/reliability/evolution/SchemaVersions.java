package io.kawat.reliability.evolution;

import io.kawat.schemas.avro.WireStory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;

/** Versions of the real {@link WireStory} schema, edited at test time (the .avsc files stay as they are). */
final class SchemaVersions {
    static final String NOTE = "reliabilityNote";
    static final String DESK = "desk";
    static final String DESK_DEFAULT = "general";

    private SchemaVersions() {}

    static Schema v1() {
        return WireStory.getClassSchema();
    }

    /** v1 plus two optional fields with defaults: a nullable note (null) and a desk name ("general"). */
    static Schema v2() {
        return edit(fields -> {
            fields.add(new Schema.Field(
                    NOTE,
                    SchemaBuilder.unionOf().nullType().and().stringType().endUnion(),
                    "Added by the reliability suite",
                    Schema.Field.NULL_DEFAULT_VALUE));
            fields.add(new Schema.Field(
                    DESK, Schema.create(Schema.Type.STRING), "Added by the reliability suite", DESK_DEFAULT));
            return fields;
        });
    }

    /** v2 plus a required field without a default: readers on it cannot read earlier records. */
    static Schema requiredFieldWithoutDefault() {
        return edit(v2(), fields -> {
            fields.add(new Schema.Field("mandatoryScore", Schema.create(Schema.Type.INT), "no default", (Object) null));
            return fields;
        });
    }

    /** v2 with {@code headline} changed from string to int. */
    static Schema headlineAsInt() {
        return edit(v2(), fields -> {
            fields.replaceAll(f -> f.name().equals("headline")
                    ? new Schema.Field("headline", Schema.create(Schema.Type.INT), f.doc(), (Object) null)
                    : f);
            return fields;
        });
    }

    /** v2 without the required {@code headline}. */
    static Schema withoutHeadline() {
        return edit(v2(), fields -> {
            fields.removeIf(f -> f.name().equals("headline"));
            return fields;
        });
    }

    private static Schema edit(UnaryOperator<List<Schema.Field>> change) {
        return edit(v1(), change);
    }

    private static Schema edit(Schema base, UnaryOperator<List<Schema.Field>> change) {
        List<Schema.Field> fields = new ArrayList<>();
        for (Schema.Field f : base.getFields()) {
            fields.add(new Schema.Field(f, f.schema()));
        }
        return Schema.createRecord(base.getName(), base.getDoc(), base.getNamespace(), false, change.apply(fields));
    }
}
