package io.kawat.publish.internal.topology;

import io.kawat.publish.internal.chrome.Languages;
import io.kawat.publish.internal.compose.RelatedCandidate;
import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.PubStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The most recent published articles of each edition language as candidates for "Read also" links: an article links
 * only to articles of its own edition, at most {@code capacity} per language, most recent last, withdrawn articles
 * left out. Rebuilt from the article store on start.
 */
final class RelatedIndex {
    private final int capacity;
    private final Map<String, LinkedHashMap<String, RelatedCandidate>> byLanguage = new HashMap<>();

    RelatedIndex(int capacity) {
        this.capacity = capacity;
    }

    void add(Article article) {
        LinkedHashMap<String, RelatedCandidate> recent = byLanguage.computeIfAbsent(
                Languages.primary(article.getLanguage()), l -> new LinkedHashMap<>(capacity, 0.75f, false) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<String, RelatedCandidate> eldest) {
                        return size() > RelatedIndex.this.capacity;
                    }
                });
        recent.remove(article.getUri());
        if (article.getPubStatus() == PubStatus.USABLE) {
            recent.put(article.getUri(), RelatedCandidate.of(article));
        }
    }

    List<RelatedCandidate> candidates(String language) {
        LinkedHashMap<String, RelatedCandidate> recent = byLanguage.get(Languages.primary(language));
        return recent == null ? List.of() : new ArrayList<>(recent.values());
    }
}
