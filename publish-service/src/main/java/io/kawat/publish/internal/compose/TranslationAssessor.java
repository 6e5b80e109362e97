package io.kawat.publish.internal.compose;

import io.kawat.publish.internal.chrome.Languages;
import io.kawat.schemas.avro.TranslationState;
import io.kawat.schemas.avro.TranslationStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Says how an edition's text was made. A shown story whose language differs from the edition needs a translation;
 * it has one when its {@code translations} list holds a TRANSLATED entry for the edition language (the caller then
 * gives the translated text in the story). Otherwise its source-language text is kept, and the article's state is
 * the worst of the missing ones: UNSUPPORTED_PAIR before FAILED before PENDING (no entry at all counts as PENDING).
 * A story of unknown language ("und") is taken as it is. Null when no shown story needs a translation.
 */
final class TranslationAssessor {

    private TranslationAssessor() {}

    static TranslationState assess(String edition, List<Member> shown) {
        List<TranslationState> needed = new ArrayList<>();
        for (Member m : shown) {
            if (!Languages.isUndetermined(m.language()) && !m.language().equals(edition)) {
                needed.add(entry(m, edition)
                        .orElseGet(() -> new TranslationState(edition, null, TranslationStatus.PENDING, null)));
            }
        }
        if (needed.isEmpty()) {
            return null;
        }
        List<TranslationState> missing = needed.stream()
                .filter(t -> t.getStatus() != TranslationStatus.TRANSLATED)
                .toList();
        List<TranslationState> relevant = missing.isEmpty() ? needed : missing;
        TranslationStatus status = missing.isEmpty()
                ? TranslationStatus.TRANSLATED
                : missing.stream()
                        .map(TranslationState::getStatus)
                        .max(Comparator.comparingInt(TranslationAssessor::severity))
                        .orElseThrow();
        String engine = relevant.stream()
                .map(TranslationState::getEngine)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        Instant updatedAt = relevant.stream()
                .map(TranslationState::getUpdatedAt)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
        return new TranslationState(edition, engine, status, updatedAt);
    }

    /** True when the state means part of the text is not in the edition language. */
    static boolean unavailable(TranslationState state) {
        return state != null
                && state.getStatus() != TranslationStatus.TRANSLATED
                && state.getStatus() != TranslationStatus.NOT_NEEDED;
    }

    private static Optional<TranslationState> entry(Member m, String edition) {
        return m.enriched().getTranslations().stream()
                .filter(t -> Languages.primary(t.getLanguage()).equals(edition))
                .filter(t -> t.getStatus() != TranslationStatus.NOT_NEEDED)
                .findFirst()
                .map(t -> new TranslationState(edition, t.getEngine(), t.getStatus(), t.getUpdatedAt()));
    }

    private static int severity(TranslationStatus status) {
        return switch (status) {
            case UNSUPPORTED_PAIR -> 3;
            case FAILED -> 2;
            case PENDING -> 1;
            default -> 0;
        };
    }
}
