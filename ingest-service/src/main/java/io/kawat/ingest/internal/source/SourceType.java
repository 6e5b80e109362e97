package io.kawat.ingest.internal.source;

/** How a source delivers: polled over HTTP(S), dropped into a folder, or pushed to the endpoint only. */
public enum SourceType {
    HTTP,
    FOLDER,
    PUSH
}
