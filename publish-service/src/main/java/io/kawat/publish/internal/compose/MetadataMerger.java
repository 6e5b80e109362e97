package io.kawat.publish.internal.compose;

import io.kawat.publish.internal.chrome.Chrome;
import io.kawat.schemas.avro.Entity;
import io.kawat.schemas.avro.EntityType;
import io.kawat.schemas.avro.InfoSource;
import io.kawat.schemas.avro.Media;
import io.kawat.schemas.avro.TopicTag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Merges what the member stories know into the article's metadata: topic tags (by qcode, best confidence, labels
 * in the edition language where the bundles have them), people, organisations and places (deduplicated by canonical
 * id, else by name; country names in the edition language), images with caption and credit, and the credited
 * sources.
 */
final class MetadataMerger {

    static final String ROLE_SOURCE = "source";
    static final String ROLE_SYNDICATED = "syndicated";
    private static final int MAX_SUBJECTS = 5;
    private static final Pattern IMAGE_FILE = Pattern.compile("(?i).*\\.(jpe?g|png|gif|webp|avif)([?#].*)?$");

    private final Chrome chrome;

    MetadataMerger(Chrome chrome) {
        this.chrome = chrome;
    }

    List<TopicTag> subjects(List<Member> members, String edition) {
        Map<String, TopicTag> best = new LinkedHashMap<>();
        for (Member m : members) {
            for (TopicTag t : m.enriched().getTopics()) {
                best.merge(t.getQcode(), t, (a, b) -> b.getConfidence() > a.getConfidence() ? b : a);
            }
        }
        return best.values().stream()
                .sorted(Comparator.comparingDouble(TopicTag::getConfidence)
                        .reversed()
                        .thenComparing(TopicTag::getQcode))
                .limit(MAX_SUBJECTS)
                .map(t -> new TopicTag(
                        t.getQcode(), chrome.topicLabel(edition, t.getQcode(), t.getLabel()), t.getConfidence()))
                .toList();
    }

    /** Entities of one type, deduplicated by canonical id (else name), most salient first. */
    List<Entity> entities(List<Member> members, EntityType type, String edition) {
        Map<String, Entity> merged = new LinkedHashMap<>();
        for (Member m : members) {
            for (Entity e : m.enriched().getEntities()) {
                if (e.getType() == type) {
                    merged.merge(entityKey(e), e, MetadataMerger::mergeEntities);
                }
            }
        }
        return merged.values().stream()
                .sorted(Comparator.comparingDouble(Entity::getSalience)
                        .reversed()
                        .thenComparing(Entity::getName))
                .map(e -> type == EntityType.PLACE ? localisePlace(e, edition) : e)
                .toList();
    }

    /**
     * Images (http(s) only) of the shown stories first, then of the others; each href once; caption and credit
     * always set (the story's headline and the source's name when the feed gave none).
     */
    List<Media> images(List<Member> ordered) {
        Map<String, Media> byHref = new LinkedHashMap<>();
        for (Member m : ordered) {
            for (Media media : m.story().getMedia()) {
                if (isImage(media) && !byHref.containsKey(media.getHref())) {
                    byHref.put(
                            media.getHref(),
                            Media.newBuilder(media)
                                    .setCaption(
                                            blank(media.getCaption())
                                                    ? m.story().getHeadline()
                                                    : media.getCaption())
                                    .setCredit(blank(media.getCredit()) ? m.sourceName() : media.getCredit())
                                    .build());
                }
            }
        }
        return List.copyOf(byHref.values());
    }

    List<InfoSource> infoSources(CompositionPlan plan) {
        List<InfoSource> sources = new ArrayList<>();
        plan.shown().forEach(m -> sources.add(infoSource(m, ROLE_SOURCE)));
        plan.credited().forEach(m -> sources.add(infoSource(m, ROLE_SOURCE)));
        plan.syndicated().forEach(m -> sources.add(infoSource(m, ROLE_SYNDICATED)));
        return sources;
    }

    /** Keywords and topic qcodes of all members, lower case, for related-article scoring. */
    static Set<String> keywords(List<Member> members) {
        return RelatedCandidate.keywordsOf(
                members.stream().map(Member::enriched).toList());
    }

    /** Entity keys (canonical id, else name) of all members, lower case, for related-article scoring. */
    static Set<String> entityIds(List<Member> members) {
        return RelatedCandidate.entityKeysOf(
                members.stream().map(Member::enriched).toList());
    }

    private static InfoSource infoSource(Member m, String role) {
        return new InfoSource(m.sourceName(), m.storyId(), m.story().getUrl(), role);
    }

    private Entity localisePlace(Entity e, String edition) {
        String key =
                e.getCanonicalId() != null && chrome.isCountry(e.getCanonicalId()) ? e.getCanonicalId() : e.getName();
        String name = chrome.countryName(edition, key);
        return name.equals(key) ? e : Entity.newBuilder(e).setName(name).build();
    }

    private static String entityKey(Entity e) {
        return e.getCanonicalId() != null
                ? e.getCanonicalId()
                : "name:" + e.getName().trim().toLowerCase(Locale.ROOT);
    }

    private static Entity mergeEntities(Entity a, Entity b) {
        Entity keep = b.getSalience() > a.getSalience() ? b : a;
        Set<String> mentions = new LinkedHashSet<>(a.getMentions());
        mentions.addAll(b.getMentions());
        return Entity.newBuilder(keep).setMentions(new ArrayList<>(mentions)).build();
    }

    private static boolean isImage(Media media) {
        String href = media.getHref() == null ? "" : media.getHref().trim().toLowerCase(Locale.ROOT);
        if (!href.startsWith("https://") && !href.startsWith("http://")) {
            return false;
        }
        String type = media.getMediaType() == null ? "" : media.getMediaType().toLowerCase(Locale.ROOT);
        if (!type.isEmpty()) {
            return type.startsWith("image/") || type.equals("image") || type.equals("picture") || type.equals("photo");
        }
        return IMAGE_FILE.matcher(media.getHref()).matches();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
