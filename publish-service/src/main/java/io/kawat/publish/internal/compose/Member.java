package io.kawat.publish.internal.compose;

import io.kawat.publish.internal.chrome.Languages;
import io.kawat.schemas.avro.EnrichedStory;
import io.kawat.schemas.avro.PubStatus;
import io.kawat.schemas.avro.WireStory;
import io.kawat.schemas.avro.ZonedTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A usable member story of a cluster as the composer sees it: its clean paragraphs (the agency dateline taken off the
 * first one), its source, language and first-created time.
 */
record Member(EnrichedStory enriched, List<String> paragraphs, Instant firstCreated) {

    /** Oldest first, then by story id, so that every ordering is deterministic. */
    static final Comparator<Member> BY_AGE =
            Comparator.<Member, Instant>comparing(Member::firstCreated).thenComparing(Member::storyId);

    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * The usable members: pubStatus USABLE only (canceled and withheld stories are left out); when a story is given
     * more than once, its highest versionSeq wins. Ordered oldest first.
     */
    static List<Member> usable(Collection<EnrichedStory> members) {
        Map<String, EnrichedStory> latest = new LinkedHashMap<>();
        for (EnrichedStory e : members) {
            latest.merge(
                    e.getStory().getStoryId(),
                    e,
                    (a, b) -> a.getStory().getVersionSeq() >= b.getStory().getVersionSeq() ? a : b);
        }
        List<Member> usable = new ArrayList<>();
        for (EnrichedStory e : latest.values()) {
            if (e.getStory().getPubStatus() == PubStatus.USABLE) {
                usable.add(new Member(e, cleanParagraphs(e), firstCreated(e.getStory())));
            }
        }
        usable.sort(BY_AGE);
        return usable;
    }

    WireStory story() {
        return enriched.getStory();
    }

    String storyId() {
        return story().getStoryId();
    }

    String sourceId() {
        return story().getSourceId();
    }

    /** The display name for credits; the source id when the feed gave no name. */
    String sourceName() {
        String name = story().getSourceName();
        return name == null || name.isBlank() ? sourceId() : name.trim();
    }

    /** Primary language subtag of the text ("und" when unknown). */
    String language() {
        return Languages.primary(enriched.getLanguage());
    }

    int textLength() {
        return paragraphs.stream().mapToInt(String::length).sum();
    }

    /** The place of the story's dateline: the provider's field, else the agency dateline in the body. */
    Optional<String> datelinePlace() {
        Optional<String> given = WireText.placeOfDateline(story().getDateline());
        if (given.isPresent()) {
            return given;
        }
        List<String> raw = rawParagraphs(enriched);
        return raw.isEmpty() ? Optional.empty() : WireText.datelinePlace(raw.get(0));
    }

    /** The time the dateline shows: first created, else version created, else received. */
    ZonedTime datelineTime() {
        WireStory s = story();
        return s.getFirstCreated() != null
                ? s.getFirstCreated()
                : s.getVersionCreated() != null ? s.getVersionCreated() : s.getReceivedAt();
    }

    private static Instant firstCreated(WireStory s) {
        ZonedTime t = s.getFirstCreated() != null
                ? s.getFirstCreated()
                : s.getVersionCreated() != null ? s.getVersionCreated() : s.getReceivedAt();
        return t.getEpochMillis();
    }

    private static List<String> rawParagraphs(EnrichedStory e) {
        List<String> given = e.getParagraphs();
        if (given != null && !given.isEmpty()) {
            return given;
        }
        String body = e.getStory().getBodyText();
        return body == null || body.isBlank() ? List.of() : List.of(BLANK_LINE.split(body));
    }

    private static List<String> cleanParagraphs(EnrichedStory e) {
        List<String> clean = new ArrayList<>();
        for (String p : rawParagraphs(e)) {
            String text = SPACES.matcher(clean.isEmpty() ? WireText.stripDateline(p) : p)
                    .replaceAll(" ")
                    .trim();
            if (!text.isEmpty()) {
                clean.add(text);
            }
        }
        return List.copyOf(clean);
    }
}
