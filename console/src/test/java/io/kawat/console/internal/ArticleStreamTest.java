package io.kawat.console.internal;

import static io.kawat.console.internal.Samples.article;
import static io.kawat.console.internal.Samples.topic;
import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.PubStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleStreamTest {
    private final Article nato = article(
            "kawat:article:c1:en",
            "en",
            "NATO ministers meet",
            List.of("Reuters", "VOA News"),
            topic("medtop:11000000", "politics"));
    private final Article natoId = article(
            "kawat:article:c1:id", "id", "Menlu NATO bertemu", List.of("Reuters"), topic("medtop:11000000", "politik"));
    private final Article floods = article(
            "kawat:article:c2:en",
            "en",
            "Floods in Jakarta",
            List.of("Euronews"),
            topic("medtop:06000000", "environment"));

    @Test
    void shouldMatchLanguageTopicAndSourceIgnoringCaseWhenFiltering() {
        assertThat(new ArticleFilter("EN", null, null).matches(nato)).isTrue();
        assertThat(new ArticleFilter("en", null, null).matches(natoId)).isFalse();
        assertThat(new ArticleFilter(null, "medtop:11000000", null).matches(natoId))
                .isTrue();
        assertThat(new ArticleFilter(null, "Politi", null).matches(nato)).isTrue();
        assertThat(new ArticleFilter(null, "medtop:11", null).matches(nato))
                .as("a qcode matches whole")
                .isFalse();
        assertThat(new ArticleFilter(null, null, "voa").matches(nato)).isTrue();
        assertThat(new ArticleFilter(null, null, "voa").matches(floods)).isFalse();
        assertThat(new ArticleFilter(" ", "", null).matches(floods))
                .as("blank parts match everything")
                .isTrue();
    }

    @Test
    void shouldListTheNewestFirstAndKeepOnlyTheCapacityWhenArticlesArrive() {
        ArticleStream stream = new ArticleStream(2);
        stream.apply(nato.getUri(), nato);
        stream.apply(natoId.getUri(), natoId);
        stream.apply(floods.getUri(), floods);

        assertThat(stream.recent(ArticleFilter.ALL, 10))
                .extracting(Article::getUri)
                .containsExactly("kawat:article:c2:en", "kawat:article:c1:id");
    }

    @Test
    void shouldMoveAnArticleToTheTopWithItsNewVersionAndTellListenersWhenItChanges() {
        ArticleStream stream = new ArticleStream(10);
        List<Article> heard = new ArrayList<>();
        stream.addListener(heard::add);
        stream.apply(nato.getUri(), nato);
        stream.apply(floods.getUri(), floods);
        Article killed = Article.newBuilder(nato)
                .setVersion(2)
                .setPubStatus(PubStatus.CANCELED)
                .build();

        stream.apply(killed.getUri(), killed);

        assertThat(stream.recent(new ArticleFilter("en", null, null), 10)).containsExactly(killed, floods);
        assertThat(heard).extracting(Article::getVersion).containsExactly(1L, 1L, 2L);
    }

    @Test
    void shouldForgetAnArticleWhenItsTombstoneArrives() {
        ArticleStream stream = new ArticleStream(10);
        stream.apply(nato.getUri(), nato);

        stream.apply(nato.getUri(), null);

        assertThat(stream.recent(ArticleFilter.ALL, 10)).isEmpty();
    }

    @Test
    void shouldOfferTheLanguagesTopicsAndSourcesHeldWhenAskedForFacets() {
        ArticleStream stream = new ArticleStream(10);
        List.of(nato, natoId, floods).forEach(a -> stream.apply(a.getUri(), a));

        Map<String, Object> facets = stream.facets();

        assertThat(facets.get("languages")).asString().isEqualTo("[en, id]");
        assertThat(facets.get("topics"))
                .isEqualTo(Map.of("medtop:06000000", "environment", "medtop:11000000", "politics"));
        assertThat(facets.get("sources")).asString().isEqualTo("[Euronews, Reuters, VOA News]");
    }

    @Test
    void shouldSummariseWhatTheStreamShowsWhenAnArticleIsListed() {
        Map<String, Object> summary = ArticleStream.summary(nato);

        assertThat(summary)
                .containsEntry("uri", "kawat:article:c1:en")
                .containsEntry("version", 1L)
                .containsEntry("pubStatus", "USABLE")
                .containsEntry("headline", "NATO ministers meet")
                .containsEntry("sources", List.of("Reuters", "VOA News"))
                .containsEntry("topics", List.of(Map.of("qcode", "medtop:11000000", "label", "politics")));
    }
}
