package io.kawat.enrich.internal.cluster;

import io.kawat.schemas.avro.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What clustering compares: entity keys with their salience, and keywords weighted by rank, in one language.
 *
 * @param entities entity key (canonical id, else "name:" and the lower-cased name) to salience
 * @param keywords lower-cased keyword to weight (1 for the first, decreasing with rank)
 * @param language the story's language; keywords only compare within one language
 */
public record StoryFeatures(Map<String, Double> entities, Map<String, Double> keywords, String language) {

    static final int INDEXED_ENTITIES = 8;

    /** Features of an analysed story: its entities, keywords (best first) and language. */
    public static StoryFeatures of(List<Entity> analysedEntities, List<String> kw, String language) {
        Map<String, Double> entities = new TreeMap<>();
        for (Entity e : analysedEntities) {
            entities.merge(key(e), e.getSalience(), Math::max);
        }
        Map<String, Double> keywords = new TreeMap<>();
        for (int i = 0; i < kw.size(); i++) {
            keywords.merge(kw.get(i).toLowerCase(Locale.ROOT), 1.0 / (1.0 + 0.15 * i), Math::max);
        }
        return new StoryFeatures(entities, keywords, language);
    }

    /** The key of an entity: its canonical id, else its lower-cased name. */
    public static String key(Entity e) {
        return e.getCanonicalId() != null
                ? e.getCanonicalId()
                : "name:" + e.getName().toLowerCase(Locale.ROOT);
    }

    /** Terms filed in the cluster index: the most salient entities and all keywords. */
    List<String> indexTerms() {
        List<String> out = new ArrayList<>();
        entities.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(INDEXED_ENTITIES)
                .forEach(e -> out.add("e:" + e.getKey()));
        keywords.keySet().forEach(k -> out.add("k:" + language + ":" + k));
        out.replaceAll(t -> t.replace('/', '_'));
        return out;
    }
}
