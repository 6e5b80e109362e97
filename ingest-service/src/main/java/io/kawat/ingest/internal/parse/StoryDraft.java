package io.kawat.ingest.internal.parse;

import io.kawat.schemas.avro.Media;
import io.kawat.schemas.avro.PubStatus;
import io.kawat.schemas.avro.Signal;
import io.kawat.schemas.avro.ZonedTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One item as read by a format parser, before {@link StoryFactory} validates it and builds the {@code WireStory}.
 * A plain mutable holder, confined to the thread parsing one document.
 */
final class StoryDraft {

    String guid;
    String version;
    PubStatus pubStatus = PubStatus.USABLE;
    final Set<Signal> signals = EnumSet.noneOf(Signal.class);
    Integer urgency;
    ZonedTime firstCreated;
    ZonedTime versionCreated;
    ZonedTime embargoedUntil;
    String headline;
    String standfirst;
    /** Body as provider HTML (sanitised later); takes precedence over {@link #bodyPlain}. */
    String bodyHtml;
    /** Body as plain text when the format has no markup. */
    String bodyPlain;

    String byline;
    String dateline;
    /** Where the item was filed (NewsML-G2 {@code located}); the dateline of last resort. */
    String place;

    String language;
    String url;
    final Set<String> subjects = new LinkedHashSet<>();
    final Set<String> categories = new LinkedHashSet<>();
    final List<Media> media = new ArrayList<>();
    /** Problems that did not reject the item (e.g. an unreadable date), logged with the story id. */
    final List<String> warnings = new ArrayList<>();

    /** Sets {@link #pubStatus} and the signal it implies (kill for canceled, withhold for withheld). */
    void status(PubStatus status) {
        if (status == null) {
            return;
        }
        pubStatus = status;
        if (status == PubStatus.CANCELED) {
            signals.add(Signal.KILL);
        } else if (status == PubStatus.WITHHELD) {
            signals.add(Signal.WITHHOLD);
        }
    }

    /** Reads an optional date; unreadable text leaves null and a warning. */
    ZonedTime date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return WireDates.parse(text).orElseGet(() -> {
            warnings.add("unreadable " + field + " '" + Texts.clip(text, 80) + "' left empty");
            return null;
        });
    }

    /** Reads an embargo: an unreadable embargo rejects the item, since publishing it early is worse than not at all. */
    void embargo(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        embargoedUntil = WireDates.parse(text)
                .orElseThrow(() -> new ItemRejectedException(
                        ParseError.KWT_2103_INVALID_DATE, "unreadable embargo date '" + Texts.clip(text, 80) + "'"));
        signals.add(Signal.EMBARGO);
    }

    /** Sets urgency from text when it is a number from 1 to 9. */
    void urgency(String text) {
        Integer value = Texts.parseIntOrNull(text);
        urgency = value != null && value >= 1 && value <= 9 ? value : urgency;
    }

    void subject(String code) {
        if (code != null && !code.isBlank()) {
            subjects.add(code.trim());
        }
    }

    void category(String name) {
        if (name != null && !name.isBlank()) {
            categories.add(Texts.collapse(name));
        }
    }
}
