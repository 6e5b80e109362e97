package io.kawat.reliability.evolution;

import io.kawat.schemas.avro.PubStatus;
import io.kawat.schemas.avro.WireStory;
import io.kawat.schemas.avro.ZonedTime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;

/** Minimal valid WireStory records, and the same record as a generic record of a later schema. */
final class Stories {
    private static final Instant T0 = Instant.parse("2021-03-23T08:15:30Z");

    private Stories() {}

    static WireStory wireStory(String guid, String headline) {
        ZonedTime created = new ZonedTime(T0, "2021-03-23T08:15:30Z");
        return WireStory.newBuilder()
                .setStoryId("evolution:" + guid)
                .setSourceId("evolution")
                .setSourceName("Evolution Wire")
                .setFeedId("evolution")
                .setProviderGuid(guid)
                .setProviderVersion("1")
                .setVersionSeq(1)
                .setPubStatus(PubStatus.USABLE)
                .setSignals(List.of())
                .setFirstCreated(created)
                .setVersionCreated(created)
                .setReceivedAt(created)
                .setHeadline(headline)
                .setBodyHtml("<p>Body.</p>")
                .setBodyText("Body.")
                .setLanguage("en")
                .setSubjects(List.of())
                .setCategories(List.of())
                .setMedia(List.of())
                .setFormat("RSS")
                .setContentHash("hash-" + guid)
                .build();
    }

    /** {@code story} written with its own schema and read back as a generic record of {@code later}. */
    static GenericRecord asV2(WireStory story, Schema later) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
            new SpecificDatumWriter<>(WireStory.class).write(story, encoder);
            encoder.flush();
            return new GenericDatumReader<GenericRecord>(WireStory.getClassSchema(), later, GenericData.get())
                    .read(null, DecoderFactory.get().binaryDecoder(out.toByteArray(), null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
