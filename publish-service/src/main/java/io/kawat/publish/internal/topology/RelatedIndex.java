package io.kawat.publish.internal.topology;

import io.kawat.publish.internal.chrome.Languages;
import io.kawat.publish.internal.compose.RelatedCandidate;
import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.PubStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The most recent published articles of each edition language as candidates for "Read also" links: an article links
 * only to articles of its own edition, at most {@code capacity} per language, most recent last, withdrawn articles
 * left out. Each language keeps an inverted index from keys (topic qcodes, entity keys) to articles, so a composition
 * looks only at the articles sharing a key with it (the others would score nothing). Rebuilt from the article store
 * on start.
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
        if (article.getPubStatus() == PubStatus.USABLE) {
            edition.add(RelatedCandidate.of(article));
        }
    }

    /** The candidates of an edition sharing at least one of the keys (lower case), most recent last. */
    List<RelatedCandidate> candidates(String language, Collection<String> keys) {
        Edition edition = editions.get(Languages.primary(language));
        return edition == null ? List.of() : edition.sharing(keys);
    }

    /** One edition language's recent candidates and their inverted index. */
    private final class Edition {
        private final LinkedHashMap<String, RelatedCandidate> recent = new LinkedHashMap<>();
        private final Map<String, Set<String>> urisByKey = new HashMap<>();

        void add(RelatedCandidate c) {
            recent.put(c.uri(), c);
            keysOf(c).forEach(k -> urisByKey.computeIfAbsent(k, x -> new HashSet<>()).add(c.uri()));
            if (recent.size() > capacity) {
                remove(recent.keySet().iterator().next());
            }
        }

        void remove(String uri) {
            RelatedCandidate gone = recent.remove(uri);
            if (gone == null) {
                return;
            }
            for (String key : keysOf(gone)) {
                Set<String> uris = urisByKey.get(key);
                uris.remove(uri);
                if (uris.isEmpty()) {
                    urisByKey.remove(key);
                }
            }
        }

        List<RelatedCandidate> sharing(Collection<String> keys) {
            Set<String> uris = new HashSet<>();
            for (String key : keys) {
                uris.addAll(urisByKey.getOrDefault(key, Set.of()));
            }
            List<RelatedCandidate> out = new ArrayList<>(uris.size());
            if (uris.size() * 4 < recent.size()) {
                uris.forEach(u -> out.add(recent.get(u)));
            } else {
                recent.values().stream().filter(c -> uris.contains(c.uri())).forEach(out::add);
            }
            return out;
        }

        private static List<String> keysOf(RelatedCandidate c) {
            List<String> keys = new ArrayList<>(c.keywords());
            keys.addAll(c.entityIds());
            return keys;
        }
    }
}
