package io.kawat.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.schemas.SampleRecords;
import io.kawat.schemas.avro.FeedCommand;
import io.kawat.schemas.avro.WireStory;
import io.kawat.schemas.registry.InMemorySchemaRegistryClient;
import java.time.Instant;
import java.util.List;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class AvroSerdesRoundTripTest {
    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();

    @Test
    void shouldReadBackEqualRecordsWhenEverySchemaRoundTrips() {
        for (SpecificRecord record : SampleRecords.all()) {
            Serde<SpecificRecord> serde = specificSerde(record, SerdeConfig.defaults());
            String topic = "round-trip-" + record.getSchema().getName();

            byte[] bytes = serde.serializer().serialize(topic, record);
            SpecificRecord back = serde.deserializer().deserialize(topic, bytes);

            assertThat(back).as(record.getSchema().getName()).isEqualTo(record);
            assertThat(back.getClass()).isEqualTo(record.getClass());
            assertThat(back.hashCode()).isEqualTo(record.hashCode());
        }
        assertThat(registry.subjects())
                .containsExactly(
                        "round-trip-WireStory-value",
                        "round-trip-EnrichedStory-value",
                        "round-trip-Article-value",
                        "round-trip-FeedStatus-value",
                        "round-trip-FeedCommand-value");
    }

    @Test
    void shouldRegisterUnderTopicValueSubjectWhenStrategyIsTopicName() {
        Serde<WireStory> serde = AvroSerdes.specific(WireStory.class, registry, SerdeConfig.defaults(), false);
        Serde<WireStory> keySerde = AvroSerdes.specific(WireStory.class, registry, SerdeConfig.defaults(), true);

        serde.serializer().serialize("wire.stories.v1", SampleRecords.wireStory());
        keySerde.serializer().serialize("wire.stories.v1", SampleRecords.wireStory());

        assertThat(registry.subjects()).containsExactly("wire.stories.v1-value", "wire.stories.v1-key");
    }

    @Test
    void shouldRegisterUnderRecordFullNameWhenStrategyIsRecordName() {
        SerdeConfig config = new SerdeConfig(true, SubjectNameStrategy.RECORD_NAME);
        Serde<FeedCommand> serde = AvroSerdes.specific(FeedCommand.class, registry, config, false);

        serde.serializer().serialize("ingest.commands.v1", SampleRecords.feedCommand());

        assertThat(registry.subjects()).containsExactly("io.kawat.schemas.avro.FeedCommand");
    }

    @Test
    void shouldGiveTheSameIdWhenTheSameSchemaIsWrittenToTwoTopics() {
        Serde<WireStory> serde = AvroSerdes.specific(WireStory.class, registry, SerdeConfig.defaults(), false);

        byte[] first = serde.serializer().serialize("topic-a", SampleRecords.wireStory());
        byte[] second = serde.serializer().serialize("topic-b", SampleRecords.wireStory());

        assertThat(List.of(first[1], first[2], first[3], first[4]))
                .isEqualTo(List.of(second[1], second[2], second[3], second[4]));
        assertThat(registry.versions("topic-a-value")).containsExactly(1);
        assertThat(registry.versions("topic-b-value")).containsExactly(1);
    }

    @Test
    void shouldReadWithTheWriterSchemaWhenGeneric() {
        Serde<WireStory> specific = AvroSerdes.specific(WireStory.class, registry, SerdeConfig.defaults(), false);
        Serde<GenericRecord> generic = AvroSerdes.generic(registry, SerdeConfig.defaults(), false);
        byte[] bytes = specific.serializer().serialize("generic", SampleRecords.wireStory());

        GenericRecord record = generic.deserializer().deserialize("generic", bytes);

        assertThat(record.getSchema()).isEqualTo(WireStory.getClassSchema());
        assertThat(record.get("headline")).hasToString("EU and U.S. impose sanctions");
        assertThat(record.get("versionSeq")).isEqualTo(2L);
        assertThat(generic.serializer().serialize("generic", record)).isEqualTo(bytes);
    }

    @Test
    void shouldMapNullToNullWhenATombstoneIsWrittenOrRead() {
        Serde<WireStory> serde = AvroSerdes.specific(WireStory.class, registry, SerdeConfig.defaults(), false);

        assertThat(serde.serializer().serialize("t", null)).isNull();
        assertThat(serde.deserializer().deserialize("t", null)).isNull();
        assertThat(registry.subjects()).isEmpty();
    }

    @Test
    void shouldWriteWithAnAlreadyRegisteredSchemaWhenAutoRegistrationIsOff() {
        int id = registry.register("commands-value", FeedCommand.getClassSchema());
        Serde<FeedCommand> serde = AvroSerdes.specific(FeedCommand.class, registry, SerdeConfig.production(), false);

        byte[] bytes = serde.serializer().serialize("commands", SampleRecords.feedCommand());

        assertThat(bytes[4]).isEqualTo((byte) id);
        assertThat(serde.deserializer().deserialize("commands", bytes)).isEqualTo(SampleRecords.feedCommand());
        assertThat(registry.versions("commands-value")).containsExactly(1);
    }

    @Test
    void shouldReadIntoTheClassWhenAGenericRecordWasWritten() {
        GenericRecord record = new GenericData.Record(FeedCommand.getClassSchema());
        record.put("feedId", "f");
        record.put(
                "action",
                new GenericData.EnumSymbol(
                        FeedCommand.getClassSchema().getField("action").schema(), "PAUSE"));
        record.put("operator", "op");
        record.put("issuedAt", 1_000L);
        record.put("commandId", "c");
        Serde<GenericRecord> generic = AvroSerdes.generic(registry, SerdeConfig.defaults(), false);
        Serde<FeedCommand> specific = AvroSerdes.specific(FeedCommand.class, registry, SerdeConfig.defaults(), false);

        FeedCommand read =
                specific.deserializer().deserialize("g", generic.serializer().serialize("g", record));

        assertThat(read.getFeedId()).isEqualTo("f");
        assertThat(read.getIssuedAt()).isEqualTo(Instant.ofEpochMilli(1_000L));
    }

    @SuppressWarnings("unchecked")
    private Serde<SpecificRecord> specificSerde(SpecificRecord record, SerdeConfig config) {
        return (Serde<SpecificRecord>) (Serde<?>) AvroSerdes.specific(record.getClass(), registry, config, false);
    }
}
