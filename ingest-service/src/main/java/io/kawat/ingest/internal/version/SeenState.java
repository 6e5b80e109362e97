package io.kawat.ingest.internal.version;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What ingest remembers of the last emitted version of a story. Kept in the compacted topic
 * {@code ingest.seen.v1} (key: story id) so that it survives restarts.
 *
 * @param seq                   Kawat version sequence of the last emitted version
 * @param contentHash           its content hash
 * @param providerVersion       the provider's opaque version marker, null when none
 * @param versionCreatedMillis  the provider's version time, null when unknown
 */
public record SeenState(long seq, String contentHash, String providerVersion, Long versionCreatedMillis) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static SeenState fromJson(String json) {
        try {
            return JSON.readValue(json, SeenState.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Unreadable seen-state record: " + e.getOriginalMessage(), e);
        }
    }
}
