package io.kawat.publish.internal.compose;

import io.kawat.schemas.avro.RelatedLink;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Picks the "Read also" links: the candidates sharing the most with the article, scored as shared keywords (topic
 * qcodes count as keywords) plus twice the shared entity keys (an entity match says more than a word); all compared
 * in lower case. Candidates sharing nothing, the article
 * itself and candidates without a headline are never picked; ties go to the smaller uri, so the choice is stable.
 */
final class RelatedRanker {

    static final int MAX_RELATED = 3;

    private RelatedRanker() {}

    static List<RelatedLink> best(
            String articleUri, Set<String> keywords, Set<String> entityIds, List<RelatedCandidate> candidates) {
        if (candidates == null) {
            return List.of();
        }
        record Scored(RelatedCandidate candidate, int score) {}
        return candidates.stream()
                .filter(c -> c != null && c.uri() != null && !c.uri().equals(articleUri))
                .filter(c -> c.headline() != null && !c.headline().isBlank())
                .map(c -> new Scored(c, score(c, keywords, entityIds)))
                .filter(s -> s.score() > 0)
                .sorted(Comparator.comparingInt(Scored::score)
                        .reversed()
                        .thenComparing(s -> s.candidate().uri()))
                .map(Scored::candidate)
                .distinct()
                .limit(MAX_RELATED)
                .map(c -> new RelatedLink(c.uri(), c.headline().trim()))
                .toList();
    }

    /** Keys of a candidate are lower case and distinct already ({@link RelatedCandidate}): counting is enough. */
    static int score(RelatedCandidate c, Set<String> keywords, Set<String> entityIds) {
        return shared(c.keywords(), keywords) + 2 * shared(c.entityIds(), entityIds);
    }

    private static int shared(List<String> keys, Set<String> others) {
        int n = 0;
        for (String key : keys) {
            if (others.contains(key)) {
                n++;
            }
        }
        return n;
    }
}
