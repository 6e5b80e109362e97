package io.kawat.schemas.serde.internal;

import java.util.ArrayList;
import java.util.Collection;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;

/**
 * The data model of a generated class, reading Avro arrays into {@link ArrayList}s.
 *
 * <p>Why: Avro's own {@code GenericData.Array} compares and hashes its elements with {@code GenericData}, which knows
 * no logical types, so a record read back that holds a list of records with an optional timestamp (EnrichedStory's
 * translations, Article's) throws from {@code equals} and {@code hashCode}. With plain lists, records read from
 * Kafka compare equal to the records built in code. Avro's "fast reader" creates {@code GenericData.Array}s
 * directly, so it is switched off for this model; the classic reader asks {@link #newArray}.
 */
final class ListSpecificData extends SpecificData {
    private ListSpecificData(ClassLoader classLoader) {
        super(classLoader);
    }

    /** The model of {@code type}: its class loader and its logical-type conversions. */
    static ListSpecificData forClass(Class<?> type) {
        ListSpecificData data = new ListSpecificData(type.getClassLoader());
        SpecificData.getForClass(type).getConversions().forEach(data::addLogicalTypeConversion);
        data.setFastReaderEnabled(false);
        return data;
    }

    @Override
    public Object newArray(Object old, int size, Schema schema) {
        if (old instanceof Collection<?> reused) {
            reused.clear();
            return reused;
        }
        return new ArrayList<>(size);
    }
}
