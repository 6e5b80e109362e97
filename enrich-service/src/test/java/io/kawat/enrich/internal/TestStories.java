package io.kawat.enrich.internal;

import io.kawat.schemas.avro.PubStatus;
import io.kawat.schemas.avro.WireStory;
import io.kawat.schemas.avro.ZonedTime;
import java.time.Instant;
import java.util.List;

/** Builds minimal valid {@link WireStory} values for tests. */
public final class TestStories {

    private TestStories() {}

    /** A usable story with the given text; paragraphs separated by blank lines in bodyText and as p elements. */
    public static WireStory story(
            String id,
            Instant receivedAt,
            String language,
            String headline,
            String standfirst,
            List<String> paragraphs) {
        StringBuilder html = new StringBuilder();
        for (String p : paragraphs) {
            html.append("<p>")
                    .append(p.replace("&", "&amp;").replace("<", "&lt;"))
                    .append("</p>");
        }
        return builder(id, receivedAt, language, headline)
                .setStandfirst(standfirst)
                .setBodyHtml(html.toString())
                .setBodyText(String.join("\n\n", paragraphs))
                .build();
    }

    /** A builder with every required field set. */
    public static WireStory.Builder builder(String id, Instant receivedAt, String language, String headline) {
        String source = id.contains(":") ? id.substring(0, id.indexOf(':')) : "test";
        return WireStory.newBuilder()
                .setStoryId(id)
                .setSourceId(source)
                .setSourceName(source)
                .setFeedId("test:" + source)
                .setProviderGuid(id)
                .setVersionSeq(1)
                .setPubStatus(PubStatus.USABLE)
                .setReceivedAt(new ZonedTime(receivedAt, receivedAt.toString()))
                .setHeadline(headline)
                .setLanguage(language)
                .setFormat("NINJS")
                .setContentHash(Integer.toHexString(id.hashCode()));
    }
}
