package io.kawat.translate.internal.topology;

import io.kawat.platform.streams.InternalAvroSerde;
import io.kawat.schemas.avro.EnrichedStory;
import java.nio.ByteBuffer;
import java.util.Objects;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * A translation waiting for its next attempt, as the {@code translate-retry} store holds it: the story version, the
 * engine calls made so far, the earliest time of the next one (wall-clock epoch millis), and whether its record has
 * come back from the retry topic ({@code held}: only then is it retried).
 */
public record PendingTranslation(EnrichedStory story, int attempts, long notBeforeMillis, boolean held) {

    /** The same retry, now read back from the retry topic. */
    public PendingTranslation asHeld() {
        return new PendingTranslation(story, attempts, notBeforeMillis, true);
    }

    /** True when a retry record (story, attempt count, not-before) is the one this entry waits for. */
    public boolean awaits(EnrichedStory other, int otherAttempts, long otherNotBefore) {
        return attempts == otherAttempts
                && notBeforeMillis == otherNotBefore
                && Objects.equals(
                        story.getStory().getContentHash(), other.getStory().getContentHash())
                && story.getStory().getVersionSeq() == other.getStory().getVersionSeq();
    }

    /** Binary form: held (byte), attempts (int), not-before (long), the story in Avro. */
    public static Serde<PendingTranslation> serde() {
        Serde<EnrichedStory> stories = InternalAvroSerde.of(EnrichedStory.class);
        return Serdes.serdeFrom(
                (topic, value) -> value == null ? null : write(stories, value),
                (topic, bytes) -> bytes == null ? null : read(stories, bytes));
    }

    private static final int HEADER_BYTES = 1 + Integer.BYTES + Long.BYTES;

    private static byte[] write(Serde<EnrichedStory> stories, PendingTranslation value) {
        byte[] story = stories.serializer().serialize(null, value.story());
        return ByteBuffer.allocate(HEADER_BYTES + story.length)
                .put((byte) (value.held() ? 1 : 0))
                .putInt(value.attempts())
                .putLong(value.notBeforeMillis())
                .put(story)
                .array();
    }

    private static PendingTranslation read(Serde<EnrichedStory> stories, byte[] bytes) {
        if (bytes.length < HEADER_BYTES) {
            throw new SerializationException(
                    "A pending translation needs at least " + HEADER_BYTES + " bytes, got " + bytes.length);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        boolean held = buffer.get() == 1;
        int attempts = buffer.getInt();
        long notBefore = buffer.getLong();
        byte[] story = new byte[buffer.remaining()];
        buffer.get(story);
        return new PendingTranslation(stories.deserializer().deserialize(null, story), attempts, notBefore, held);
    }
}
