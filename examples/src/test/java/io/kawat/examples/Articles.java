package io.kawat.examples;

import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.PubStatus;
import java.time.Instant;

/** Articles for the example's tests. */
final class Articles {
    private static final Instant T0 = Instant.parse("2026-03-23T08:15:00Z");

    private Articles() {}

    static Article version(String uri, long version, PubStatus status, String headline) {
        return Article.newBuilder()
                .setUri(uri)
                .setVersion(version)
                .setPubStatus(status)
                .setLanguage("en")
                .setClusterId("c-" + uri)
                .setHeadline(headline)
                .setSlug("slug")
                .setFirstCreated(T0)
                .setVersionCreated(T0.plusSeconds(version))
                .build();
    }
}
