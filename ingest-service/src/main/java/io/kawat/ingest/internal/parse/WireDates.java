package io.kawat.ingest.internal.parse;

import io.kawat.schemas.avro.ZonedTime;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads provider dates: RFC 822/1123 (named zones such as GMT, EST, PDT or numeric offsets, optional weekday and
 * seconds, two-digit years), ISO 8601 (with or without 'T', fractions, offsets {@code Z}, {@code +02:00},
 * {@code +0200}, {@code +02}) and the compact NewsML/NITF form ({@code 20140926T102700+0000}). A date without a
 * zone is taken as UTC. The result keeps the provider's text in {@link ZonedTime#getOriginal()}; the instant is
 * normalised to UTC milliseconds. Unreadable text gives an empty result, never an exception.
 */
final class WireDates {

    private static final Pattern RFC822 = Pattern.compile(
            "(?:[A-Za-z]{2,9},?\\s*)?(\\d{1,2})[\\s-]+([A-Za-z]{3})[A-Za-z]*\\.?[\\s-]+(\\d{2,4})\\s+"
                    + "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*([+-]\\d{2}:?\\d{2}|[A-Za-z]{1,5})?\\s*(?:\\(.*\\))?");
    private static final Pattern ISO =
            Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
                    + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final Pattern COMPACT = Pattern.compile(
            "(\\d{4})(\\d{2})(\\d{2})(?:T(\\d{2})(\\d{2})(\\d{2})?(?:[.,]\\d+)?)?(Z|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final Map<String, Integer> ZONES = Map.ofEntries(
            Map.entry("UT", 0),
            Map.entry("UTC", 0),
            Map.entry("GMT", 0),
            Map.entry("Z", 0),
            Map.entry("WET", 0),
            Map.entry("EST", -5),
            Map.entry("EDT", -4),
            Map.entry("CST", -6),
            Map.entry("CDT", -5),
            Map.entry("MST", -7),
            Map.entry("MDT", -6),
            Map.entry("PST", -8),
            Map.entry("PDT", -7),
            Map.entry("AKST", -9),
            Map.entry("AKDT", -8),
            Map.entry("HST", -10),
            Map.entry("BST", 1),
            Map.entry("CET", 1),
            Map.entry("CEST", 2),
            Map.entry("MEZ", 1),
            Map.entry("MESZ", 2),
            Map.entry("EET", 2),
            Map.entry("EEST", 3),
            Map.entry("MSK", 3),
            Map.entry("PKT", 5),
            Map.entry("WIB", 7),
            Map.entry("HKT", 8),
            Map.entry("SGT", 8),
            Map.entry("JST", 9),
            Map.entry("KST", 9),
            Map.entry("AEST", 10),
            Map.entry("AEDT", 11),
            Map.entry("NZST", 12),
            Map.entry("NZDT", 13));
    private static final String[] MONTHS = {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
    };

    private WireDates() {}

    /** Parses {@code text}; empty when null, blank or unreadable. */
    static Optional<ZonedTime> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        try {
            return firstOf(trimmed).map(instant -> zoned(instant, trimmed));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A zoned time for an instant computed elsewhere, keeping {@code original} as the provider's text. */
    static ZonedTime zoned(Instant instant, String original) {
        return ZonedTime.newBuilder()
                .setEpochMillis(instant.truncatedTo(ChronoUnit.MILLIS))
                .setOriginal(original)
                .build();
    }

    private static Optional<Instant> firstOf(String s) {
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            return Optional.of(instant(
                    m.group(1),
                    m.group(2),
                    m.group(3),
                    m.group(4),
                    m.group(5),
                    m.group(6),
                    m.group(7),
                    offset(m.group(8))));
        }
        m = COMPACT.matcher(s);
        if (m.matches()) {
            return Optional.of(instant(
                    m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), null, offset(m.group(7))));
        }
        m = RFC822.matcher(s);
        if (m.matches()) {
            int month = month(m.group(2));
            ZoneOffset zone = m.group(7) == null ? ZoneOffset.UTC : offset(m.group(7));
            if (month < 0 || zone == null) {
                return Optional.empty();
            }
            return Optional.of(instant(
                    year(m.group(3)),
                    String.valueOf(month + 1),
                    m.group(1),
                    m.group(4),
                    m.group(5),
                    m.group(6),
                    null,
                    zone));
        }
        return Optional.empty();
    }

    private static Instant instant(
            String y, String mo, String d, String h, String mi, String s, String fraction, ZoneOffset zone) {
        if (zone == null) {
            throw new DateTimeException("unknown zone");
        }
        LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
        int nanos = fraction == null ? 0 : Integer.parseInt((fraction + "000000000").substring(0, 9));
        LocalTime time = h == null
                ? LocalTime.MIDNIGHT
                : LocalTime.of(Integer.parseInt(h), Integer.parseInt(mi), s == null ? 0 : Integer.parseInt(s), nanos);
        return LocalDateTime.of(date, time).toInstant(zone);
    }

    /** Offset for Z, +hh, +hhmm, +hh:mm or a named zone; UTC when absent; null when unknown. */
    private static ZoneOffset offset(String zone) {
        if (zone == null || zone.isEmpty()) {
            return ZoneOffset.UTC;
        }
        char sign = zone.charAt(0);
        if (sign == '+' || sign == '-') {
            String digits = zone.substring(1).replace(":", "");
            int hours = Integer.parseInt(digits.substring(0, 2));
            int minutes = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
            int total = hours * 3600 + minutes * 60;
            return ZoneOffset.ofTotalSeconds(sign == '-' ? -total : total);
        }
        Integer hours = ZONES.get(zone.toUpperCase(Locale.ROOT));
        return hours == null ? null : ZoneOffset.ofHours(hours);
    }

    private static int month(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(lower)) {
                return i;
            }
        }
        return -1;
    }

    private static String year(String y) {
        if (y.length() == 2) {
            int two = Integer.parseInt(y);
            return String.valueOf(two < 70 ? 2000 + two : 1900 + two);
        }
        return y;
    }
}
