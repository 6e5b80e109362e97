package io.kawat.ingest.internal.version;

import io.kawat.schemas.avro.Signal;
import io.kawat.schemas.avro.WireStory;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides what a parsed story is against the last emitted version: new, an update, unchanged (a re-poll) or stale.
 * Provider versions are opaque (Reuters uses large non-sequential numbers): order comes from the provider's
 * version-created time, never from the version marker.
 */
public final class VersionGate {

    /** The verdict on one parsed story. */
    public enum Verdict {
        NEW,
        UPDATED,
        UNCHANGED,
        STALE
    }

    /** The verdict, the story to emit (with its version sequence and signals) and the state to remember. */
    public record Decision(Verdict verdict, WireStory story, SeenState next) {
        public boolean emits() {
            return verdict == Verdict.NEW || verdict == Verdict.UPDATED;
        }
    }

    private VersionGate() {}

    public static Decision decide(WireStory parsed, SeenState seen) {
        Long created = parsed.getVersionCreated() == null
                ? null
                : parsed.getVersionCreated().getEpochMillis().toEpochMilli();
        if (seen == null) {
            return emit(Verdict.NEW, parsed, 1, created);
        }
        if (seen.contentHash().equals(parsed.getContentHash())) {
            return new Decision(Verdict.UNCHANGED, parsed, seen);
        }
        if (created != null && seen.versionCreatedMillis() != null && created < seen.versionCreatedMillis()) {
            return new Decision(Verdict.STALE, parsed, seen);
        }
        WireStory update = WireStory.newBuilder(parsed).build();
        if (update.getSignals().isEmpty()) {
            List<Signal> signals = new ArrayList<>(update.getSignals());
            signals.add(Signal.UPDATE);
            update.setSignals(signals);
        }
        return emit(Verdict.UPDATED, update, seen.seq() + 1, created);
    }

    private static Decision emit(Verdict verdict, WireStory story, long seq, Long created) {
        WireStory numbered = WireStory.newBuilder(story).setVersionSeq(seq).build();
        return new Decision(
                verdict, numbered, new SeenState(seq, story.getContentHash(), story.getProviderVersion(), created));
    }
}
