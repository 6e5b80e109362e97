package io.kawat.publish.internal.compose;

import io.kawat.schemas.avro.ZonedTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text rules for wire copy: datelines at the start of a body, place names, first sentences, times. */
final class WireText {

    /** "BRUSSELS, March 23 (Reuters) - " or "BRUSSELS (AP) — " at the start of the first paragraph. */
    private static final Pattern AGENCY_DATELINE = Pattern.compile(
            "^\\s*(\\p{Lu}[\\p{Lu} .'’-]{1,40}?)(?:,[^()\\n]{1,40}?)?\\s*\\([^)]{1,40}\\)\\s*[-–—]+\\s*");
    /** "WASHINGTON — " (an upper-case place and a dash, as VOA writes it). */
    private static final Pattern DASH_DATELINE = Pattern.compile("^\\s*(\\p{Lu}[\\p{Lu} .'’-]{2,40}?)\\s*[–—]\\s+");

    private static final int MAX_HEADING = 100;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’)]?(?=\\s+[\"“‘(]?\\p{Lu})");
    /** "U.S.", "U.N.", "J." */
    private static final Pattern INITIALISM = Pattern.compile("(?:\\p{L}\\.)+");

    private static final Set<String> TITLES = Set.of(
            "mr.", "mrs.", "ms.", "dr.", "st.", "gen.", "sen.", "rep.", "gov.", "lt.", "col.", "sgt.", "capt.", "prof.",
            "jr.", "sr.", "no.", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "sra.", "bpk.");

    private WireText() {}

    /** The paragraph without a leading wire dateline. */
    static String stripDateline(String paragraph) {
        Matcher m = datelineMatcher(paragraph);
        return m == null ? paragraph : paragraph.substring(m.end()).trim();
    }

    /** The place of a leading wire dateline, title-cased ("Brussels"). */
    static Optional<String> datelinePlace(String paragraph) {
        Matcher m = datelineMatcher(paragraph);
        return m == null
                ? Optional.empty()
                : Optional.of(titleCaseIfUpper(m.group(1).trim()));
    }

    /** The place of a provider dateline field: "BRUSSELS, March 23" gives "Brussels". */
    static Optional<String> placeOfDateline(String dateline) {
        if (dateline == null) {
            return Optional.empty();
        }
        String place = dateline.split("[,(]", 2)[0].replaceAll("[-–—\\s]+$", "").trim();
        return place.isEmpty() ? Optional.empty() : Optional.of(titleCaseIfUpper(place));
    }

    /** "NEW YORK" gives "New York"; mixed-case text is left as written. */
    static String titleCaseIfUpper(String text) {
        if (!text.equals(text.toUpperCase(Locale.ROOT))) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean start = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == ' ' || c == '-';
        }
        return out.toString();
    }

    /**
     * The first sentence of the text, cut at a word boundary with an ellipsis when longer than a heading should be.
     * A full stop after an initialism ("U.S."), a single letter or a common title ("Mr.", "Gen.") ends no sentence
     * (the JDK's sentence iterator stops at "U.S.").
     */
    static String firstSentence(String text) {
        Matcher end = SENTENCE_END.matcher(text);
        String sentence = text.trim();
        while (end.find()) {
            String word = lastWord(text.substring(0, end.start() + 1));
            if (!INITIALISM.matcher(word).matches() && !TITLES.contains(word.toLowerCase(Locale.ROOT))) {
                sentence = text.substring(0, end.end()).trim();
                break;
            }
        }
        if (sentence.length() <= MAX_HEADING) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', MAX_HEADING);
        return sentence.substring(0, cut > 0 ? cut : MAX_HEADING).trim() + "…";
    }

    /** The time in the zone the provider gave it in (from the original text), or UTC when that cannot be read. */
    static ZonedDateTime zoned(ZonedTime time) {
        Instant instant = time.getEpochMillis();
        for (DateTimeFormatter format : new DateTimeFormatter[] {
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.ISO_ZONED_DATE_TIME,
            DateTimeFormatter.RFC_1123_DATE_TIME
        }) {
            try {
                return instant.atZone(
                        ZonedDateTime.parse(time.getOriginal().trim(), format).getZone());
            } catch (DateTimeParseException e) {
                // not this form; the next one is tried and UTC is the fallback
            }
        }
        return instant.atZone(ZoneOffset.UTC);
    }

    private static String lastWord(String text) {
        int space = text.lastIndexOf(' ');
        return text.substring(space + 1).replaceAll("^[\"“‘(]+", "");
    }

    private static Matcher datelineMatcher(String paragraph) {
        if (paragraph == null) {
            return null;
        }
        Matcher agency = AGENCY_DATELINE.matcher(paragraph);
        if (agency.find()) {
            return agency;
        }
        Matcher dash = DASH_DATELINE.matcher(paragraph);
        return dash.find() ? dash : null;
    }
}
