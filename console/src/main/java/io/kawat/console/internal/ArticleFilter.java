package io.kawat.console.internal;

import io.kawat.schemas.avro.Article;
import java.util.Locale;

/**
 * Which articles an operator watches: an edition language (exact), a topic (IPTC qcode, or a word of its label) and a
 * source (a word of a credited source's name); blank parts match everything. Case-insensitive, locale-safe.
 */
record ArticleFilter(String language, String topic, String source) {
    static final ArticleFilter ALL = new ArticleFilter(null, null, null);

    ArticleFilter {
        language = normal(language);
        topic = normal(topic);
        source = normal(source);
    }

    boolean matches(Article article) {
        if (language != null && !language.equals(article.getLanguage().toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (topic != null
                && article.getSubjects().stream()
                        .noneMatch(t -> t.getQcode().toLowerCase(Locale.ROOT).equals(topic)
                                || t.getLabel().toLowerCase(Locale.ROOT).contains(topic))) {
            return false;
        }
        return source == null
                || article.getInfoSources().stream()
                        .anyMatch(s -> s.getName().toLowerCase(Locale.ROOT).contains(source));
    }

    private static String normal(String value) {
        return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
    }
}
