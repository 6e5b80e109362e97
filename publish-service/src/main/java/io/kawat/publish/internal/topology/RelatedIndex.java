package io.kawat.publish.internal.topology;

import io.kawat.publish.internal.chrome.Languages;
import io.kawat.publish.internal.compose.RelatedCandidate;
import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.PubStatus;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The most recent published articles of each edition language as candidates for "Read also" links: an article links
 * only to articles of its own edition, at most {@code capacity} per language, withdrawn articles and articles without
 * a headline left out. Each language keeps inverted indexes from keys to articles, so a composition scores only the
 * articles sharing a key with it, with the ranker's own weights (a shared keyword or topic 1, a shared entity 2), and
 * hands the best few to the composer. Rebuilt from the article store on start.
 */
final class RelatedIndex {
    private final int capacity;
    private final Map<String, Edition> editions = new HashMap<>();

    RelatedIndex(int capacity) {
        this.capacity = capacity;
    }

    void add(Article article) {
        Edition edition = editions.computeIfAbsent(Languages.primary(article.getLanguage()), l -> new Edition());
        edition.remove(article.getUri());
        if (article.getPubStatus() == PubStatus.USABLE
                && article.getHeadline() != null
                && !article.getHeadline().isBlank()) {
            edition.add(RelatedCandidate.of(article));
        }
    }

    /**
     * The {@code limit} candidates of an edition scoring highest against an article's keywords and entity keys (lower
     * case), never the article itself ({@code selfUri}) nor one sharing nothing; best first, ties by uri.
     */
    List<RelatedCandidate> best(
            String language, Set<String> keywords, Set<String> entityKeys, String selfUri, int limit) {
        Edition edition = editions.get(Languages.primary(language));
        if (edition == null) {
            return List.of();
        }
        Map<String, Integer> scores = new HashMap<>();
        edition.score(edition.byKeyword, keywords, 1, scores);
        edition.score(edition.byEntity, entityKeys, 2, scores);
        scores.remove(selfUri);
        return scores.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(e -> edition.recent.get(e.getKey()))
                .toList();
    }

    /** One edition language's recent candidates and their inverted indexes. */
    private final class Edition {
        private final LinkedHashMap<String, RelatedCandidate> recent = new LinkedHashMap<>();
        private final Map<String, Set<String>> byKeyword = new HashMap<>();
        private final Map<String, Set<String>> byEntity = new HashMap<>();

        void add(RelatedCandidate c) {
            recent.put(c.uri(), c);
            c.keywords()
                    .forEach(k ->
                            byKeyword.computeIfAbsent(k, x -> new HashSet<>()).add(c.uri()));
            c.entityIds()
                    .forEach(k ->
                            byEntity.computeIfAbsent(k, x -> new HashSet<>()).add(c.uri()));
            if (recent.size() > capacity) {
                remove(recent.keySet().iterator().next());
            }
        }

        void remove(String uri) {
            RelatedCandidate gone = recent.remove(uri);
            if (gone != null) {
                unindex(byKeyword, gone.keywords(), uri);
                unindex(byEntity, gone.entityIds(), uri);
            }
        }

        void score(Map<String, Set<String>> index, Collection<String> keys, int weight, Map<String, Integer> scores) {
            for (String key : keys) {
                for (String uri : index.getOrDefault(key, Set.of())) {
                    scores.merge(uri, weight, Integer::sum);
                }
            }
        }

        private static void unindex(Map<String, Set<String>> index, List<String> keys, String uri) {
            for (String key : keys) {
                Set<String> uris = index.get(key);
                uris.remove(uri);
                if (uris.isEmpty()) {
                    index.remove(key);
                }
            }
        }
    }
}
