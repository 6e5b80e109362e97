package io.kawat.publish.internal.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.publish.internal.compose.RelatedCandidate;
import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.Entity;
import io.kawat.schemas.avro.EntityType;
import io.kawat.schemas.avro.PubStatus;
import io.kawat.schemas.avro.TopicTag;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RelatedIndexTest {
    private final RelatedIndex index = new RelatedIndex(3);

    @Test
    void shouldOfferOnlyArticlesOfTheSameEditionSharingAKeyWhenAsked() {
        index.add(article("a", "en", "kawat:nato", PubStatus.USABLE));
        index.add(article("b", "en", "kawat:bulog", PubStatus.USABLE));
        index.add(article("a", "id", "kawat:nato", PubStatus.USABLE));

        assertThat(uris(index.best("en", Set.of(), Set.of("kawat:nato"), "self", 5)))
                .containsExactly("kawat:article:a:en");
        assertThat(uris(index.best("id-ID", Set.of(), Set.of("kawat:nato"), "self", 5)))
                .containsExactly("kawat:article:a:id");
        assertThat(index.best("es", Set.of(), Set.of("kawat:nato"), "self", 5)).isEmpty();
    }

    @Test
    void shouldForgetWithdrawnAndEvictedArticlesWhenNewerOnesArrive() {
        index.add(article("a", "en", "kawat:nato", PubStatus.USABLE));
        index.add(article("b", "en", "kawat:nato", PubStatus.USABLE));
        index.add(article("b", "en", "kawat:nato", PubStatus.CANCELED));
        index.add(article("c", "en", "kawat:nato", PubStatus.USABLE));
        index.add(article("d", "en", "kawat:nato", PubStatus.USABLE));
        index.add(article("e", "en", "kawat:nato", PubStatus.USABLE));

        assertThat(uris(index.best("en", Set.of("medtop:11000000"), Set.of("kawat:nato"), "self", 5)))
                .containsExactly("kawat:article:c:en", "kawat:article:d:en", "kawat:article:e:en");
    }

    @Test
    void shouldRankLikeTheComposerWhenScoring() {
        index.add(article("topic-only", "en", "kawat:other", PubStatus.USABLE));
        index.add(article("entity", "en", "kawat:nato", PubStatus.USABLE));
        index.add(article("self", "en", "kawat:nato", PubStatus.USABLE));

        List<RelatedCandidate> best =
                index.best("en", Set.of("medtop:11000000"), Set.of("kawat:nato"), "kawat:article:self:en", 5);

        assertThat(uris(best)).containsExactly("kawat:article:entity:en", "kawat:article:topic-only:en");
        assertThat(index.best("en", Set.of("rice"), Set.of(), "x", 5)).isEmpty();
    }

    private static List<String> uris(List<RelatedCandidate> candidates) {
        return candidates.stream().map(RelatedCandidate::uri).toList();
    }

    private static Article article(String cluster, String language, String entityId, PubStatus status) {
        return Article.newBuilder()
                .setUri("kawat:article:" + cluster + ":" + language)
                .setVersion(1)
                .setPubStatus(status)
                .setLanguage(language)
                .setClusterId(cluster)
                .setHeadline("Headline " + cluster)
                .setSlug(cluster)
                .setSubjects(List.of(new TopicTag("medtop:11000000", "Politics", 0.9)))
                .setOrganisations(List.of(new Entity(EntityType.ORGANISATION, "Org", entityId, List.of(), 0.9)))
                .setFirstCreated(Instant.EPOCH)
                .setVersionCreated(Instant.EPOCH)
                .build();
    }
}
