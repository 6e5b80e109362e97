package io.kawat.translate.internal.topology;

import io.kawat.platform.streams.InternalAvroSerde;
import io.kawat.schemas.avro.EnrichedStory;
import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * A translation waiting for its next attempt: the story version, the attempts made so far and when the next one is
 * due (wall-clock epoch millis).
 */
public record PendingTranslation(EnrichedStory story, int attempts, long dueAtMillis) {

    /** Binary form for the {@code translate-pending} store: attempts (int), due time (long), the story in Avro. */
    public static Serde<PendingTranslation> serde() {
        Serde<EnrichedStory> stories = InternalAvroSerde.of(EnrichedStory.class);
        return Serdes.serdeFrom((topic, value) -> value == null ? null : write(stories, value),
                (topic, bytes) -> bytes == null ? null : read(stories, bytes));
    }

    private static byte[] write(Serde<EnrichedStory> stories, PendingTranslation value) {
        byte[] story = stories.serializer().serialize(null, value.story());
        return ByteBuffer.allocate(Integer.BYTES + Long.BYTES + story.length)
                .putInt(value.attempts()).putLong(value.dueAtMillis()).put(story).array();
    }

    private static PendingTranslation read(Serde<EnrichedStory> stories, byte[] bytes) {
        if (bytes.length < Integer.BYTES + Long.BYTES) {
            throw new SerializationException("A pending translation needs at least 12 bytes, got " + bytes.length);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int attempts = buffer.getInt();
        long due = buffer.getLong();
        byte[] story = new byte[buffer.remaining()];
        buffer.get(story);
        return new PendingTranslation(stories.deserializer().deserialize(null, story), attempts, due);
    }
}
