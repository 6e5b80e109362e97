package io.kawat.schemas.serde;

import org.apache.avro.Schema;

/** How a serde names the registry subject it registers and looks up schemas under. */
public enum SubjectNameStrategy {
    /** {@code <topic>-value} or {@code <topic>-key}: one schema lineage per topic. Kawat's default. */
    TOPIC_NAME {
        @Override
        public String subject(String topic, boolean isKey, Schema schema) {
            return topic + (isKey ? "-key" : "-value");
        }
    },
    /** The record's full name, e.g. {@code io.kawat.schemas.avro.WireStory}: one lineage per record type. */
    RECORD_NAME {
        @Override
        public String subject(String topic, boolean isKey, Schema schema) {
            return schema.getFullName();
        }
    };

    /** The subject for a record with this schema written to this topic. */
    public abstract String subject(String topic, boolean isKey, Schema schema);
}
