package io.kawat.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kawat.schemas.avro.WireStory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Iterator;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;

/**
 * An older variant of WireStory, as a producer on an earlier release would have written it: the current schema
 * without five fields that have defaults (sourceName, signals, urgency, categories, media).
 */
public final class OlderWireStory {
    /** The fields the older variant does not have. */
    public static final Set<String> MISSING = Set.of("sourceName", "signals", "urgency", "categories", "media");

    public static final Instant RECEIVED = Instant.parse("2020-01-02T03:04:05.678Z");

    private OlderWireStory() {}

    public static Schema schema() {
        try {
            ObjectNode root = (ObjectNode)
                    new ObjectMapper().readTree(WireStory.getClassSchema().toString());
            Iterator<JsonNode> fields = ((ArrayNode) root.get("fields")).elements();
            while (fields.hasNext()) {
                if (MISSING.contains(fields.next().get("name").asText())) {
                    fields.remove();
                }
            }
            root.put("doc", "WireStory as an earlier release wrote it.");
            return new Schema.Parser().parse(root.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A record of the older variant with every required field set and the optional ones left to their defaults. */
    public static GenericRecord record() {
        Schema schema = schema();
        Schema zonedTime = schema.getField("receivedAt").schema();
        GenericRecord received = new GenericRecordBuilder(zonedTime)
                .set("epochMillis", RECEIVED.toEpochMilli())
                .set("original", "2020-01-02T03:04:05.678Z")
                .build();
        return new GenericRecordBuilder(schema)
                .set("storyId", "afp:old-1")
                .set("sourceId", "afp")
                .set("feedId", "afp-world")
                .set("providerGuid", "old-1")
                .set("versionSeq", 1L)
                .set(
                        "pubStatus",
                        new GenericData.EnumSymbol(schema.getField("pubStatus").schema(), "WITHHELD"))
                .set("receivedAt", received)
                .set("headline", "Old headline")
                .set("language", "fr")
                .set("format", "NITF")
                .set("contentHash", "abc123")
                .build();
    }
}
