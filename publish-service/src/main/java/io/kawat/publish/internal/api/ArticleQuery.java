package io.kawat.publish.internal.api;

import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.PubStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The filters of {@code GET /api/articles}: language, topic (qcode or label), source name, since (ISO-8601 instant),
 * text query over headline, standfirst and body, and whether withdrawn articles are included; paging.
 */
record ArticleQuery(
        String language,
        String topic,
        String source,
        Instant since,
        String text,
        boolean withdrawn,
        int offset,
        int limit) {

    List<Article> apply(List<Article> all) {
        return all.stream()
                .filter(matches())
                .sorted(Comparator.comparing(Article::getVersionCreated).reversed())
                .toList();
    }

    private Predicate<Article> matches() {
        return a -> (withdrawn || a.getPubStatus() == PubStatus.USABLE)
                && (language == null || language.equalsIgnoreCase(a.getLanguage()))
                && (topic == null
                        || a.getSubjects().stream()
                                .anyMatch(t -> t.getQcode().equalsIgnoreCase(topic)
                                        || t.getLabel().equalsIgnoreCase(topic)))
                && (source == null
                        || a.getInfoSources().stream().anyMatch(s -> s.getName().equalsIgnoreCase(source)))
                && (since == null || !a.getVersionCreated().isBefore(since))
                && (text == null || contains(a, text));
    }

    private static boolean contains(Article a, String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        return (a.getHeadline() + " " + a.getStandfirst() + " " + a.getBodyHtml())
                .toLowerCase(Locale.ROOT)
                .contains(needle);
    }
}
