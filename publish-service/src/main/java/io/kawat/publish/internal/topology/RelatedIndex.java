package io.kawat.publish.internal.topology;

import io.kawat.publish.internal.compose.RelatedCandidate;
import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.Entity;
import io.kawat.schemas.avro.PubStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The most recent published articles as candidates for "Read also" links: bounded, most recent last, withdrawn
 * articles left out. Rebuilt from the article store on start.
 */
final class RelatedIndex {
    private final int capacity;
    private final LinkedHashMap<String, RelatedCandidate> recent;

    RelatedIndex(int capacity) {
        this.capacity = capacity;
        this.recent = new LinkedHashMap<>(capacity, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, RelatedCandidate> eldest) {
                return size() > RelatedIndex.this.capacity;
            }
        };
    }

    void add(Article article) {
        recent.remove(article.getUri());
        if (article.getPubStatus() != PubStatus.USABLE) {
            return;
        }
        List<String> keywords = article.getSubjects().stream().map(t -> t.getQcode()).toList();
        List<String> entityIds = Stream.of(article.getPeople(), article.getOrganisations(), article.getPlaces())
                .flatMap(List::stream).map(RelatedIndex::entityKey).toList();
        recent.put(article.getUri(), new RelatedCandidate(article.getUri(), article.getHeadline(), keywords, entityIds));
    }

    List<RelatedCandidate> candidates() {
        return new ArrayList<>(recent.values());
    }

    private static String entityKey(Entity e) {
        return e.getCanonicalId() != null ? e.getCanonicalId() : e.getName();
    }
}
