package io.kawat.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.schemas.OlderWireStory;
import io.kawat.schemas.avro.PubStatus;
import io.kawat.schemas.avro.WireStory;
import io.kawat.schemas.registry.InMemorySchemaRegistryClient;
import org.junit.jupiter.api.Test;

/** A consumer on the current release reads what a producer on an earlier release wrote. */
class OlderVersionReadTest {
    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();

    @Test
    void shouldFillDefaultsWhenReadingARecordWrittenWithAnOlderSchema() {
        byte[] old = AvroSerdes.generic(registry, SerdeConfig.defaults(), false)
                .serializer()
                .serialize("wire.stories.v1", OlderWireStory.record());

        WireStory story = AvroSerdes.specific(WireStory.class, registry, SerdeConfig.defaults(), false)
                .deserializer()
                .deserialize("wire.stories.v1", old);

        assertThat(story.getStoryId()).isEqualTo("afp:old-1");
        assertThat(story.getPubStatus()).isEqualTo(PubStatus.WITHHELD);
        assertThat(story.getReceivedAt().getEpochMillis()).isEqualTo(OlderWireStory.RECEIVED);
        assertThat(story.getLanguage()).isEqualTo("fr");
        assertThat(story.getSourceName())
                .as("default of a field the old schema lacks")
                .isEmpty();
        assertThat(story.getSignals()).isEmpty();
        assertThat(story.getUrgency()).isNull();
        assertThat(story.getCategories()).isEmpty();
        assertThat(story.getMedia()).isEmpty();
    }

    @Test
    void shouldRegisterTheCurrentSchemaAsANewVersionWhenTheOlderOneIsThere() {
        AvroSerdes.generic(registry, SerdeConfig.defaults(), false)
                .serializer()
                .serialize("wire.stories.v1", OlderWireStory.record());
        byte[] current = AvroSerdes.specific(WireStory.class, registry, SerdeConfig.defaults(), false)
                .serializer()
                .serialize("wire.stories.v1", io.kawat.schemas.SampleRecords.wireStory());

        assertThat(registry.versions("wire.stories.v1-value")).containsExactly(1, 2);
        assertThat(current[4])
                .isEqualTo((byte) registry.version("wire.stories.v1-value", 2).id());
    }
}
