package io.kawat.console.internal;

import io.kawat.platform.kafka.HeaderText;
import io.kawat.platform.streams.DeadLetters;
import io.kawat.schemas.Topics;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.header.Headers;

/**
 * One record of a {@code <topic>.dlq.v1} topic as the console lists it: where it is, why it is there (the
 * {@code kawat.dlq.*} headers) and where it came from. Its bytes stay in Kafka; a replay reads them again.
 *
 * @param topic     the dead-letter topic
 * @param origin    the topic a replay sends it back to: the dead-letter topic's name without {@code .dlq.v1}
 */
record DeadLetter(
        String topic,
        int partition,
        long offset,
        String key,
        Instant timestamp,
        int size,
        String reason,
        String errorClass,
        String stage,
        String origin,
        String originPosition) {

    /** Reads the headers {@link DeadLetters} wrote. */
    static DeadLetter of(
            String topic, int partition, long offset, String key, long timestamp, int size, Headers headers) {
        String originTopic = HeaderText.of(headers, DeadLetters.SOURCE_TOPIC);
        String position = originTopic == null
                ? null
                : originTopic + "/" + HeaderText.of(headers, DeadLetters.SOURCE_PARTITION) + "/"
                        + HeaderText.of(headers, DeadLetters.SOURCE_OFFSET);
        return new DeadLetter(
                topic,
                partition,
                offset,
                key,
                Instant.ofEpochMilli(timestamp),
                size,
                HeaderText.of(headers, DeadLetters.REASON),
                HeaderText.of(headers, DeadLetters.ERROR_CLASS),
                HeaderText.of(headers, DeadLetters.STAGE),
                originOf(topic),
                position);
    }

    /** The topic a dead-letter topic's records came from (Kawat's naming: {@code <topic>.dlq.v1}). */
    static String originOf(String deadLetterTopic) {
        if (!deadLetterTopic.endsWith(Topics.DEAD_LETTER_SUFFIX)) {
            throw new IllegalArgumentException("Not a dead-letter topic: " + deadLetterTopic);
        }
        return deadLetterTopic.substring(0, deadLetterTopic.length() - Topics.DEAD_LETTER_SUFFIX.length());
    }

    /** "topic/partition/offset": how the audit log and the page name this record. */
    String id() {
        return topic + "/" + partition + "/" + offset;
    }

    Map<String, Object> view(String prefix, boolean replayed) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id());
        json.put("partition", partition);
        json.put("offset", offset);
        json.put("key", key);
        json.put("timestamp", timestamp.toString());
        json.put("size", size);
        json.put("reason", reason);
        json.put("errorClass", errorClass);
        json.put("stage", stage);
        json.put("origin", strip(origin, prefix));
        json.put("originPosition", originPosition == null ? null : strip(originPosition, prefix));
        json.put("replayed", replayed);
        return json;
    }

    private static String strip(String name, String prefix) {
        return name.startsWith(prefix) ? name.substring(prefix.length()) : name;
    }
}
