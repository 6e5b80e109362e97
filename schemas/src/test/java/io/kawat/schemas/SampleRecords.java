package io.kawat.schemas;

import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.EnrichedStory;
import io.kawat.schemas.avro.Entity;
import io.kawat.schemas.avro.EntityType;
import io.kawat.schemas.avro.FeedAction;
import io.kawat.schemas.avro.FeedCommand;
import io.kawat.schemas.avro.FeedState;
import io.kawat.schemas.avro.FeedStatus;
import io.kawat.schemas.avro.InfoSource;
import io.kawat.schemas.avro.Media;
import io.kawat.schemas.avro.PubStatus;
import io.kawat.schemas.avro.RelatedLink;
import io.kawat.schemas.avro.Section;
import io.kawat.schemas.avro.Signal;
import io.kawat.schemas.avro.TopicTag;
import io.kawat.schemas.avro.TranslationState;
import io.kawat.schemas.avro.TranslationStatus;
import io.kawat.schemas.avro.WireStory;
import io.kawat.schemas.avro.ZonedTime;
import java.time.Instant;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;

/** One fully populated record of every top-level schema (every optional field set, every array non-empty). */
public final class SampleRecords {
    private static final Instant T0 = Instant.parse("2021-03-23T08:15:30.123Z");

    private SampleRecords() {}

    /** The five value records, in topic order. */
    public static List<SpecificRecord> all() {
        return List.of(wireStory(), enrichedStory(), article(), feedStatus(), feedCommand());
    }

    public static WireStory wireStory() {
        ZonedTime created = new ZonedTime(T0, "2021-03-23T09:15:30.123+01:00");
        return WireStory.newBuilder()
                .setStoryId("reuters:tag:reuters.com,2021:newsml_L1N2LL0XY")
                .setSourceId("reuters")
                .setSourceName("Reuters")
                .setFeedId("reuters-world")
                .setProviderGuid("tag:reuters.com,2021:newsml_L1N2LL0XY")
                .setProviderVersion("1616487330123")
                .setVersionSeq(2)
                .setPubStatus(PubStatus.USABLE)
                .setSignals(List.of(Signal.UPDATE, Signal.CORRECTION))
                .setUrgency(3)
                .setFirstCreated(created)
                .setVersionCreated(new ZonedTime(T0.plusSeconds(60), "23 Mar 2021 08:16 GMT"))
                .setReceivedAt(new ZonedTime(T0.plusSeconds(61), "2021-03-23T08:16:31.123Z"))
                .setEmbargoedUntil(new ZonedTime(T0.plusSeconds(3600), "2021-03-23T09:15:30Z"))
                .setHeadline("EU and U.S. impose sanctions")
                .setStandfirst("Brussels acts in concert with Washington.")
                .setBodyHtml("<p>BRUSSELS (Reuters) - The European Union ...</p>")
                .setBodyText("BRUSSELS (Reuters) - The European Union ...")
                .setByline("By Robin Emmott")
                .setDateline("BRUSSELS")
                .setLanguage("en")
                .setUrl("https://www.reuters.com/article/eu-sanctions")
                .setSubjects(List.of("medtop:11000000", "subj:11000000"))
                .setCategories(List.of("World", "Politics"))
                .setMedia(List.of(new Media(
                        "https://example.org/p.jpg",
                        "image/jpeg",
                        "Flags in Brussels",
                        "REUTERS/Yves Herman",
                        1200,
                        800)))
                .setFormat("NEWSML_G2")
                .setContentHash("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
                .build();
    }

    public static EnrichedStory enrichedStory() {
        return EnrichedStory.newBuilder()
                .setStory(wireStory())
                .setParagraphs(List.of("BRUSSELS (Reuters) - The European Union ...", "Second paragraph."))
                .setLanguage("en")
                .setLanguageConfidence(0.97)
                .setDeclaredLanguage("en")
                .setEntities(List.of(
                        entity(EntityType.PLACE, "Brussels", "geonames:2800866"),
                        entity(EntityType.ORGANISATION, "European Union", "wikidata:Q458")))
                .setTopics(List.of(new TopicTag("medtop:11000000", "politics", 0.81)))
                .setKeywords(List.of("sanctions", "xinjiang"))
                .setSummary("EU imposes sanctions.")
                .setWordCount(412)
                .setReadingTimeMinutes(2)
                .setDuplicateOf("voa-en:abc")
                .setClusterId("c-42")
                .setTranslations(List.of(
                        new TranslationState("id", "libretranslate", TranslationStatus.PENDING, T0.plusSeconds(120))))
                .setEnrichedAt(T0.plusSeconds(90))
                .build();
    }

    public static Article article() {
        return Article.newBuilder()
                .setUri("kawat:article:c-42:id")
                .setVersion(3)
                .setPubStatus(PubStatus.USABLE)
                .setLanguage("id")
                .setClusterId("c-42")
                .setHeadline("UE dan AS jatuhkan sanksi")
                .setStandfirst("Brussel bertindak bersama Washington.")
                .setDateline("Brussels, Kawat - Selasa, 23 Maret 2021")
                .setSections(List.of(
                        new Section(
                                null,
                                List.of("Melansir dari Reuters, ..."),
                                "Melansir dari Reuters",
                                "reuters:x",
                                "Reuters"),
                        new Section("Tanggapan", List.of("..."), null, null, null)))
                .setBodyHtml("<p>Melansir dari Reuters, ...</p>")
                .setByline("Tim Kawat")
                .setSlug("ue-dan-as-jatuhkan-sanksi")
                .setSubjects(List.of(new TopicTag("medtop:11000000", "politik", 0.8)))
                .setPeople(List.of(entity(EntityType.PERSON, "Josep Borrell", "wikidata:Q57419")))
                .setOrganisations(List.of(entity(EntityType.ORGANISATION, "Uni Eropa", "wikidata:Q458")))
                .setPlaces(List.of(entity(EntityType.PLACE, "Brussel", "geonames:2800866")))
                .setInfoSources(List.of(new InfoSource("Reuters", "reuters:x", "https://reuters.com/x", "source")))
                .setImages(
                        List.of(new Media("https://example.org/p.jpg", "image/jpeg", "Bendera", "REUTERS", 1200, 800)))
                .setRelated(List.of(new RelatedLink("kawat:article:c-7:id", "Berita terkait")))
                .setEmbargoedUntil(T0.plusSeconds(3600))
                .setFirstCreated(T0)
                .setVersionCreated(T0.plusSeconds(300))
                .setCorrectionNote("Memperbaiki ejaan nama.")
                .setTranslation(new TranslationState("id", "deepl", TranslationStatus.TRANSLATED, T0.plusSeconds(200)))
                .build();
    }

    public static FeedStatus feedStatus() {
        return FeedStatus.newBuilder()
                .setFeedId("reuters-world")
                .setSourceName("Reuters")
                .setState(FeedState.DEGRADED)
                .setLastPoll(T0)
                .setLastNewItem(T0.minusSeconds(600))
                .setItemsLast24h(57)
                .setHttpStatus(503)
                .setErrorCode("KWT-1003")
                .setErrorMessage("HTTP 503, retrying")
                .setConsecutiveFailures(2)
                .setUpdatedAt(T0.plusSeconds(1))
                .build();
    }

    public static FeedCommand feedCommand() {
        return FeedCommand.newBuilder()
                .setFeedId("reuters-world")
                .setAction(FeedAction.POLL_NOW)
                .setOperator("ayu")
                .setIssuedAt(T0)
                .setCommandId("cmd-0001")
                .build();
    }

    private static Entity entity(EntityType type, String name, String canonicalId) {
        return new Entity(type, name, canonicalId, List.of(name), 0.5);
    }
}
