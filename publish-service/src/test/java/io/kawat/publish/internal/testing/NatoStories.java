package io.kawat.publish.internal.testing;

import io.kawat.schemas.avro.EntityType;

/**
 * Three wire reports of one event (the US Secretary of State at NATO in Brussels), shaped like the reference
 * article's sources: Reuters first, then VOA News, then Euronews. Texts written for these tests.
 */
public final class NatoStories {

    public static final String CLUSTER = "cl-nato-2021-03-23";
    public static final String REUTERS_ID = "reuters:nato-blinken-1";
    public static final String VOA_ID = "voa:nato-afghanistan-1";
    public static final String EURONEWS_ID = "euronews:nato-agenda-1";
    public static final String REUTERS_HEADLINE = "Blinken pledges to rebuild ties with NATO allies";
    public static final String REUTERS_QUOTE = "\"I came to Brussels to show that the United States stands firmly with"
            + " its allies,\" Blinken told reporters alongside NATO Secretary-General Jens Stoltenberg.";
    public static final String VOA_QUOTE =
            "\"We arrived together and we will decide together when to leave,\"" + " Blinken said.";

    private NatoStories() {}

    public static StoryBuilder reuters() {
        return StoryBuilder.story(REUTERS_ID)
                .source("reuters", "Reuters")
                .cluster(CLUSTER)
                .headline(REUTERS_HEADLINE)
                .standfirst("NATO is a valued ally of the United States, its top diplomat says")
                .dateline("BRUSSELS")
                .url("https://wire.example.test/reuters/nato-blinken-1")
                .firstCreated("2021-03-23T10:05:00+01:00")
                .paragraphs(
                        "BRUSSELS, March 23 (Reuters) - U.S. Secretary of State Antony Blinken promised on Tuesday to"
                                + " rebuild the partnership with NATO on his first visit to the alliance since President Joe"
                                + " Biden took office.",
                        REUTERS_QUOTE,
                        "European allies welcomed the change of tone after four years of strained relations over"
                                + " military budgets.")
                .entity(EntityType.PERSON, "Antony Blinken", "kawat:antony-blinken", 0.95)
                .entity(EntityType.PERSON, "Jens Stoltenberg", "kawat:jens-stoltenberg", 0.6)
                .entity(EntityType.ORGANISATION, "NATO", "kawat:nato", 0.9)
                .entity(EntityType.PLACE, "Belgium", "geonames:2802361", 0.5)
                .entity(EntityType.PLACE, "Brussels", "geonames:2800866", 0.7)
                .topic("medtop:11000000", "politics", 0.9)
                .keywords("nato", "blinken", "alliance")
                .image(
                        "https://img.example.test/reuters/blinken-brussels.jpg",
                        "Antony Blinken arrives at NATO" + " headquarters in Brussels",
                        "Reuters/Photo Desk");
    }

    public static StoryBuilder voa() {
        return StoryBuilder.story(VOA_ID)
                .source("voa", "VOA News")
                .cluster(CLUSTER)
                .headline("Afghanistan withdrawal dominates NATO talks")
                .dateline("BRUSSELS")
                .url("https://wire.example.test/voa/nato-afghanistan-1")
                .firstCreated("2021-03-23T11:30:00+01:00")
                .paragraphs(
                        "The future of NATO's mission in Afghanistan was a main topic of the two-day meeting, with a May 1"
                                + " deadline for the withdrawal of U.S. troops approaching.",
                        VOA_QUOTE,
                        "Stoltenberg said all parties must negotiate in good faith and that violence has to come down.")
                .entity(EntityType.PERSON, "Antony Blinken", "kawat:antony-blinken", 0.9)
                .entity(EntityType.PERSON, "Jens Stoltenberg", "kawat:jens-stoltenberg", 0.7)
                .entity(EntityType.ORGANISATION, "NATO", "kawat:nato", 0.8)
                .entity(EntityType.PLACE, "Afghanistan", "geonames:1149361", 0.8)
                .topic("medtop:16000000", "conflict, war and peace", 0.8)
                .topic("medtop:11000000", "politics", 0.7)
                .keywords("afghanistan", "withdrawal", "nato");
    }

    public static StoryBuilder euronews() {
        return StoryBuilder.story(EURONEWS_ID)
                .source("euronews", "Euronews")
                .cluster(CLUSTER)
                .headline("Russia and China on the table as NATO ministers meet")
                .url("https://wire.example.test/euronews/nato-agenda-1")
                .firstCreated("2021-03-23T12:45:00+01:00")
                .paragraphs(
                        "Cooperation between Russia and China was also on the agenda, a former NATO official said.",
                        "\"The real question is what we do about activity below the radar, such as cyber attacks,\" said"
                                + " Jamie Shea, a former NATO deputy assistant secretary-general.",
                        "Blinken also said he would raise the Nord Stream 2 pipeline with his German counterpart.")
                .entity(EntityType.PERSON, "Antony Blinken", "kawat:antony-blinken", 0.7)
                .entity(EntityType.PERSON, "Jamie Shea", null, 0.5)
                .entity(EntityType.ORGANISATION, "NATO", "kawat:nato", 0.9)
                .entity(EntityType.PLACE, "Russia", "geonames:2017370", 0.8)
                .entity(EntityType.PLACE, "China", "geonames:1814991", 0.6)
                .topic("medtop:11000000", "politics", 0.8)
                .keywords("russia", "china", "nato", "cyber");
    }

    /** A syndicated copy of the Reuters report, carried by another source. */
    public static StoryBuilder syndicatedCopy() {
        return reuters()
                .id("antara:copy-1")
                .source("antara", "Antara")
                .duplicateOf(REUTERS_ID)
                .firstCreated("2021-03-23T10:20:00+01:00")
                .url("https://wire.example.test/antara/copy-1");
    }
}
