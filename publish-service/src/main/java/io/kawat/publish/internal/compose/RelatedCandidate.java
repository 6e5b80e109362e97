package io.kawat.publish.internal.compose;

import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.Entity;
import io.kawat.schemas.avro.TopicTag;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Another article that may be linked as "Read also" / "Baca Juga".
 *
 * @param uri its article uri
 * @param headline its headline (shown as the link text)
 * @param keywords its keywords or topic qcodes (compared case-insensitively)
 * @param entityIds its entity keys: canonical ids, else names (compared case-insensitively)
 */
public record RelatedCandidate(String uri, String headline, List<String> keywords, List<String> entityIds) {

  /** Copies the lists; null lists become empty. */
  public RelatedCandidate {
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
    entityIds = entityIds == null ? List.of() : List.copyOf(entityIds);
  }

  /** The candidate for a published article: its topic qcodes as keywords and its entities' keys. */
  public static RelatedCandidate of(Article a) {
    List<String> qcodes = a.getSubjects().stream().map(TopicTag::getQcode).toList();
    List<String> entities = Stream.of(a.getPeople(), a.getOrganisations(), a.getPlaces())
        .flatMap(List::stream).map(RelatedCandidate::entityKey).distinct().toList();
    return new RelatedCandidate(a.getUri(), a.getHeadline(), qcodes, entities);
  }

  /** An entity's key for matching: its canonical id, else its name, in lower case. */
  public static String entityKey(Entity e) {
    String key = e.getCanonicalId() != null ? e.getCanonicalId() : e.getName();
    return key.trim().toLowerCase(Locale.ROOT);
  }
}
