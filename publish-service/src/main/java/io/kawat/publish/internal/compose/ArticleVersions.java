package io.kawat.publish.internal.compose;

import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.PubStatus;
import io.kawat.schemas.avro.TranslationState;
import java.time.Instant;
import java.util.List;

/** When a composed article is a new version, and what a withdrawal looks like. */
final class ArticleVersions {

    private ArticleVersions() {}

    /**
     * True when the draft says nothing new compared with the previous version: equal apart from version, times,
     * related links, the rendered body, the time of the translation state and an embargo that has passed. The body
     * follows from the rest; related links alone do not make a new version (they are refreshed with the next one, so
     * a growing corpus does not churn versions); nor does a translation retry, nor the release of an embargo (the
     * caller releases the held version itself).
     */
    static boolean sameContent(Article previous, Article draft, Instant now) {
        return comparable(previous, now).equals(comparable(draft, now));
    }

    /** The withdrawal of a published article: the next version, CANCELED, without passages, images or links. */
    static Article withdrawal(Article previous, String note, Instant now) {
        return Article.newBuilder(previous)
                .setVersion(previous.getVersion() + 1)
                .setPubStatus(PubStatus.CANCELED)
                .setSections(List.of())
                .setImages(List.of())
                .setRelated(List.of())
                .setEmbargoedUntil(null)
                .setTranslation(null)
                .setCorrectionNote(note)
                .setBodyHtml("")
                .setVersionCreated(now)
                .build();
    }

    private static Article comparable(Article a, Instant now) {
        TranslationState t = a.getTranslation();
        Instant embargo = a.getEmbargoedUntil();
        return Article.newBuilder(a)
                .setEmbargoedUntil(embargo != null && embargo.isAfter(now) ? embargo : null)
                .setTranslation(
                        t == null
                                ? null
                                : TranslationState.newBuilder(t)
                                        .setUpdatedAt(null)
                                        .build())
                .setVersion(0)
                .setFirstCreated(Instant.EPOCH)
                .setVersionCreated(Instant.EPOCH)
                .setRelated(List.of())
                .setBodyHtml("")
                .build();
    }
}
