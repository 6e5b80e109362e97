package io.kawat.translate;

import io.kawat.schemas.avro.EnrichedStory;
import io.kawat.schemas.avro.Entity;
import io.kawat.schemas.avro.EntityType;
import io.kawat.schemas.avro.PubStatus;
import io.kawat.schemas.avro.WireStory;
import io.kawat.schemas.avro.ZonedTime;
import java.time.Instant;
import java.util.List;

/** Enriched stories for the translate topology's tests: English by default, usable, about NATO in Brussels. */
final class Stories {
    static final Instant RECEIVED = Instant.parse("2026-03-23T10:00:00Z");

    private Stories() {}

    static EnrichedStory english(String storyId) {
        return story(storyId, "en", PubStatus.USABLE, null, "hash-1");
    }

    static EnrichedStory story(String storyId, String language, PubStatus status, String duplicateOf, String hash) {
        WireStory wire = WireStory.newBuilder()
                .setStoryId(storyId)
                .setSourceId(storyId.split(":", 2)[0])
                .setFeedId("feed")
                .setProviderGuid(storyId)
                .setVersionSeq(1)
                .setPubStatus(status)
                .setReceivedAt(new ZonedTime(RECEIVED, "2026-03-23T10:00:00Z"))
                .setHeadline("NATO leaders agree to send more troops")
                .setStandfirst("Ministers met in Brussels on Tuesday.")
                .setFormat("rss")
                .setContentHash(hash)
                .build();
        return EnrichedStory.newBuilder()
                .setStory(wire)
                .setParagraphs(List.of(
                        "Ministers met in Brussels on Tuesday to discuss the war in Ukraine.",
                        "The talks will continue tomorrow."))
                .setLanguage(language)
                .setEntities(List.of(new Entity(EntityType.ORGANISATION, "NATO", null, List.of("NATO"), 0.9)))
                .setDuplicateOf(duplicateOf)
                .setClusterId("cl-1")
                .setEnrichedAt(RECEIVED)
                .build();
    }
}
