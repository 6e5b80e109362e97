package io.kawat.ingest.internal.pipeline;

import java.util.List;

/**
 * What happened to one document: the story versions emitted, the items left alone, and the items refused with a
 * numbered code and a reason. {@code error} is set when the whole document was refused.
 */
public record IngestOutcome(
        String sourceId,
        String sourceName,
        String format,
        List<String> accepted,
        List<String> unchanged,
        List<Rejection> rejected,
        Rejection error) {

    /** One refused item (or the whole document when index is -1). */
    public record Rejection(int index, String guid, String code, String message) {}

    public static IngestOutcome refused(String sourceId, String code, String message) {
        return new IngestOutcome(
                sourceId, null, null, List.of(), List.of(), List.of(), new Rejection(-1, null, code, message));
    }

    public boolean documentRefused() {
        return error != null;
    }

    /** Items refused, including the document itself. */
    public int refusedCount() {
        return rejected.size() + (error == null ? 0 : 1);
    }
}
