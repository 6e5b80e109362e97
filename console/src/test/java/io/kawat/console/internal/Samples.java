package io.kawat.console.internal;

import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.FeedState;
import io.kawat.schemas.avro.FeedStatus;
import io.kawat.schemas.avro.InfoSource;
import io.kawat.schemas.avro.PubStatus;
import io.kawat.schemas.avro.TopicTag;
import java.time.Instant;
import java.util.List;

/** Records for the console's unit tests. */
final class Samples {
    static final Instant T0 = Instant.parse("2026-03-23T08:15:00Z");

    private Samples() {}

    static Article article(String uri, String language, String headline, List<String> sources, TopicTag... topics) {
        return Article.newBuilder()
                .setUri(uri)
                .setVersion(1)
                .setPubStatus(PubStatus.USABLE)
                .setLanguage(language)
                .setClusterId("c-1")
                .setHeadline(headline)
                .setSlug("slug")
                .setFirstCreated(T0)
                .setVersionCreated(T0)
                .setInfoSources(sources.stream()
                        .map(s -> InfoSource.newBuilder()
                                .setName(s)
                                .setStoryId(s.toLowerCase(java.util.Locale.ROOT) + ":1")
                                .build())
                        .toList())
                .setSubjects(List.of(topics))
                .build();
    }

    static TopicTag topic(String qcode, String label) {
        return TopicTag.newBuilder()
                .setQcode(qcode)
                .setLabel(label)
                .setConfidence(0.9)
                .build();
    }

    static FeedStatus status(String feedId, FeedState state, int itemsLast24h, Instant updatedAt) {
        return FeedStatus.newBuilder()
                .setFeedId(feedId)
                .setSourceName("Source " + feedId)
                .setState(state)
                .setItemsLast24h(itemsLast24h)
                .setUpdatedAt(updatedAt)
                .setLastPoll(updatedAt)
                .build();
    }
}
