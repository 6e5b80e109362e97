package io.kawat.publish.internal.compose;

import io.kawat.schemas.avro.Article;

/**
 * An operator's correction of one article (one edition): a note published with every later version, after any
 * note from the sources' own corrections, and optionally a headline that replaces the composed one.
 *
 * @param note     the correction note as the operator wrote it (not translated)
 * @param headline the replacement headline, or null to keep the composed one
 */
public record OperatorCorrection(String note, String headline) {

    public OperatorCorrection {
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("A correction needs a note");
        }
    }

    /** Puts the note (and the headline, when given) on a freshly composed draft. */
    void applyTo(Article draft) {
        String fromSources = draft.getCorrectionNote();
        draft.setCorrectionNote(fromSources == null || fromSources.isBlank() ? note : fromSources + " " + note);
        if (headline != null && !headline.isBlank()) {
            draft.setHeadline(headline);
        }
    }
}
