package io.kawat.publish.internal.compose;

import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.EnrichedStory;
import io.kawat.schemas.avro.Entity;
import io.kawat.schemas.avro.TopicTag;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Another article that may be linked as "Read also" / "Baca Juga".
 *
 * @param uri its article uri
 * @param headline its headline (shown as the link text)
 * @param keywords its keywords or topic qcodes, kept in lower case without repeats
 * @param entityIds its entity keys (canonical ids, else names), kept in lower case without repeats
 */
public record RelatedCandidate(String uri, String headline, List<String> keywords, List<String> entityIds) {

    /** Lower-cases the keys once, here, so ranking compares them as they are; null lists become empty. */
    public RelatedCandidate {
        keywords = normalised(keywords);
        entityIds = normalised(entityIds);
    }

    /** The candidate for a published article: its topic qcodes as keywords and its entities' keys. */
    public static RelatedCandidate of(Article a) {
        List<String> qcodes = a.getSubjects().stream().map(TopicTag::getQcode).toList();
        List<String> entities = Stream.of(a.getPeople(), a.getOrganisations(), a.getPlaces())
                .flatMap(List::stream)
                .map(RelatedCandidate::entityKey)
                .toList();
        return new RelatedCandidate(a.getUri(), a.getHeadline(), qcodes, entities);
    }

    /** Keywords and topic qcodes of the stories, lower case: what an article made of them shares as keywords. */
    public static Set<String> keywordsOf(Collection<EnrichedStory> stories) {
        Set<String> keywords = new LinkedHashSet<>();
        for (EnrichedStory s : stories) {
            s.getKeywords().forEach(k -> keywords.add(k.toLowerCase(Locale.ROOT)));
            s.getTopics().forEach(t -> keywords.add(t.getQcode().toLowerCase(Locale.ROOT)));
        }
        return keywords;
    }

    /** Entity keys of the stories ({@link #entityKey}): what an article made of them shares as entities. */
    public static Set<String> entityKeysOf(Collection<EnrichedStory> stories) {
        Set<String> keys = new LinkedHashSet<>();
        stories.forEach(s -> s.getEntities().forEach(e -> keys.add(entityKey(e))));
        return keys;
    }

    /** An entity's key for matching: its canonical id, else its name, in lower case. */
    public static String entityKey(Entity e) {
        String key = e.getCanonicalId() != null ? e.getCanonicalId() : e.getName();
        return key.trim().toLowerCase(Locale.ROOT);
    }

    private static List<String> normalised(List<String> keys) {
        return keys == null
                ? List.of()
                : keys.stream().map(k -> k.toLowerCase(Locale.ROOT)).distinct().toList();
    }
}
