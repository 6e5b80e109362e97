package io.kawat.ingest.internal.parse;

import io.kawat.schemas.avro.PubStatus;
import io.kawat.schemas.avro.Signal;
import java.util.Locale;

/**
 * Maps provider status words and signal codes onto {@link PubStatus} and {@link Signal}.
 *
 * <ul>
 *   <li>pubStatus words from every format (NewsML-G2 {@code stat:usable|withheld|canceled}, NITF
 *       {@code management-status}, NewsML 1 {@code Status}, ninjs and AP {@code pubstatus}): usable, withheld,
 *       canceled/cancelled/killed; NewsML 1's "Embargoed" counts as withheld.</li>
 *   <li>Reuters {@code edStat}: N new (no signal), U update, C correction, D delete = kill with pubStatus
 *       CANCELED.</li>
 *   <li>NewsML-G2 {@code sig:update}, {@code sig:correction}; AP signals (update, correction, writethru, kill,
 *       withhold). Unknown codes are ignored, not mapped to OTHER, since providers send many routing codes.</li>
 * </ul>
 */
final class StatusMapping {

    private StatusMapping() {}

    /** The pubStatus for a status word or qcode, null when unknown. */
    static PubStatus pubStatus(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String word = localPart(raw);
        return switch (word) {
            case "usable" -> PubStatus.USABLE;
            case "withheld", "embargoed" -> PubStatus.WITHHELD;
            case "canceled", "cancelled", "killed", "kill", "deleted" -> PubStatus.CANCELED;
            default -> null;
        };
    }

    /** Applies one signal code (NewsML-G2 qcode, Reuters edStat, AP signal) to the draft. */
    static void signal(String raw, StoryDraft draft) {
        if (raw == null || raw.isBlank()) {
            return;
        }
        String lower = raw.trim().toLowerCase(Locale.ROOT);
        if (lower.startsWith("edstat:")) {
            edStat(lower.substring("edstat:".length()), draft);
            return;
        }
        switch (localPart(lower)) {
            case "update", "updated" -> draft.signals.add(Signal.UPDATE);
            case "correction", "corrected", "corrective" -> draft.signals.add(Signal.CORRECTION);
            case "writethru", "writethrough" -> draft.signals.add(Signal.WRITETHRU);
            case "kill", "killed" -> draft.status(PubStatus.CANCELED);
            case "withhold", "withheld" -> draft.status(PubStatus.WITHHELD);
            case "embargo", "embargoed" -> draft.signals.add(Signal.EMBARGO);
            default -> {
                // routing and product codes (prodId:TXT, apsig:consumerready, ...) carry no editorial meaning
            }
        }
    }

    private static void edStat(String code, StoryDraft draft) {
        switch (code) {
            case "u" -> draft.signals.add(Signal.UPDATE);
            case "c" -> draft.signals.add(Signal.CORRECTION);
            case "d" -> draft.status(PubStatus.CANCELED);
            default -> {
                // N: a new item
            }
        }
    }

    private static String localPart(String raw) {
        String lower = raw.trim().toLowerCase(Locale.ROOT);
        int colon = lower.lastIndexOf(':');
        return colon < 0 ? lower : lower.substring(colon + 1);
    }
}
