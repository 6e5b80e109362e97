package io.kawat.examples;

import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.PubStatus;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The latest version of every article, as a downstream system keeps it: a newer version replaces the one held, a
 * repeat or an older version (a resend, a replay, a duplicate after a consumer restart) changes nothing, and a
 * CANCELED version withdraws the article.
 */
public final class ArticleLedger {

    /** What one record changed. */
    public enum Kind {
        NEW,
        UPDATED,
        WITHDRAWN
    }

    /** A change to report: what happened to which article, at which version. */
    public record Change(Kind kind, String uri, long version, String language, String headline) {
        /** One line, as the example prints it. */
        public String line() {
            return kind + " " + uri + " v" + version + " [" + language + "] " + headline;
        }
    }

    private final Map<String, Article> latest = new HashMap<>();

    /** Applies one record of news.articles.v1; empty when it changes nothing. */
    public Optional<Change> apply(String key, Article article) {
        if (article == null) {
            // Kawat never writes tombstones (withdrawals are CANCELED versions); a compacted copy may still hold one
            Article gone = latest.remove(key);
            return gone == null
                    ? Optional.empty()
                    : Optional.of(
                            new Change(Kind.WITHDRAWN, key, gone.getVersion(), gone.getLanguage(), gone.getHeadline()));
        }
        Article held = latest.get(article.getUri());
        if (held != null && held.getVersion() >= article.getVersion()) {
            return Optional.empty();
        }
        latest.put(article.getUri(), article);
        boolean wasPublished = held != null && held.getPubStatus() != PubStatus.CANCELED;
        Kind kind;
        if (article.getPubStatus() == PubStatus.CANCELED) {
            if (!wasPublished) {
                return Optional.empty(); // withdrawn before this consumer ever showed it
            }
            kind = Kind.WITHDRAWN;
        } else {
            kind = wasPublished ? Kind.UPDATED : Kind.NEW;
        }
        return Optional.of(
                new Change(kind, article.getUri(), article.getVersion(), article.getLanguage(), article.getHeadline()));
    }

    /** Articles currently published (not withdrawn). */
    public long published() {
        return latest.values().stream()
                .filter(a -> a.getPubStatus() != PubStatus.CANCELED)
                .count();
    }
}
