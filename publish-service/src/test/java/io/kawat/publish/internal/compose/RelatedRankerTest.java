package io.kawat.publish.internal.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.Entity;
import io.kawat.schemas.avro.EntityType;
import io.kawat.schemas.avro.PubStatus;
import io.kawat.schemas.avro.RelatedLink;
import io.kawat.schemas.avro.TopicTag;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RelatedRankerTest {

    private static final Set<String> KEYWORDS = Set.of("nato", "afghanistan", "medtop:11000000");
    private static final Set<String> ENTITIES = Set.of("kawat:nato", "antony blinken");

    @Test
    void shouldScoreEntityMatchesTwiceAndCompareIgnoringCaseWhenScoring() {
        RelatedCandidate c =
                new RelatedCandidate("u", "h", List.of("NATO", "Cyber"), List.of("KAWAT:NATO", "Antony Blinken"));

        assertThat(RelatedRanker.score(c, KEYWORDS, ENTITIES)).isEqualTo(5);
    }

    @Test
    void shouldBreakTiesByUriAndDropZeroScoresWhenRanking() {
        List<RelatedCandidate> candidates = List.of(
                new RelatedCandidate("kawat:article:z:en", "Z", List.of("nato"), List.of()),
                new RelatedCandidate("kawat:article:b:en", "B", List.of("nato"), List.of()),
                new RelatedCandidate("kawat:article:n:en", "Nothing shared", List.of("rice"), List.of()),
                new RelatedCandidate("kawat:article:blank:en", " ", List.of("nato"), List.of("kawat:nato")));

        assertThat(RelatedRanker.best("kawat:article:self:en", KEYWORDS, ENTITIES, candidates))
                .extracting(RelatedLink::getUri)
                .containsExactly("kawat:article:b:en", "kawat:article:z:en");
        assertThat(RelatedRanker.best("kawat:article:self:en", KEYWORDS, ENTITIES, null))
                .isEmpty();
    }

    @Test
    void shouldMakeCandidateFromPublishedArticleWhenAsked() {
        Article a = Article.newBuilder()
                .setUri("kawat:article:c:en")
                .setVersion(1)
                .setPubStatus(PubStatus.USABLE)
                .setLanguage("en")
                .setClusterId("c")
                .setHeadline("NATO talks")
                .setSlug("nato-talks")
                .setSubjects(List.of(new TopicTag("medtop:11000000", "Politics", 0.9)))
                .setOrganisations(List.of(new Entity(EntityType.ORGANISATION, "NATO", "kawat:nato", List.of(), 0.9)))
                .setPeople(List.of(new Entity(EntityType.PERSON, "Antony Blinken", null, List.of(), 0.9)))
                .setFirstCreated(Instant.EPOCH)
                .setVersionCreated(Instant.EPOCH)
                .build();

        RelatedCandidate c = RelatedCandidate.of(a);

        assertThat(c.keywords()).containsExactly("medtop:11000000");
        assertThat(c.entityIds()).containsExactly("antony blinken", "kawat:nato");
        assertThat(RelatedRanker.score(c, KEYWORDS, ENTITIES)).isEqualTo(5);
    }
}
