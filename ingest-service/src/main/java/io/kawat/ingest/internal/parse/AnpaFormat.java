package io.kawat.ingest.internal.parse;

import io.kawat.schemas.avro.PubStatus;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ANPA 1312 text wire (AP): {@code SYN SYN SOH} selector line, a header line with priority, category, keyword,
 * version ("1stLd-Writethru"), date and word count; {@code STX}; {@code ^}-prefixed header lines (slug, headline,
 * photo note, editor's note, abstract, byline) and tab-indented body paragraphs; {@code ETX} and a trailer with the
 * filing time ({@code AP-WF-02-20-16 0337GMT}). The provider id is keyword plus filing date, which stays the same
 * across write-throughs of one story ({@code BC-BKN--Heat-Hawks/2016-02-20}).
 */
final class AnpaFormat {

    private static final Pattern HEADER = Pattern.compile(
            "^([a-z]) ([a-z])[\\x13\\x14][\\x11\\x12] (\\S+)\\s*(.*?)\\s+(\\d{1,2})-(\\d{1,2})\\s+(\\d{0,4})\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILER = Pattern.compile("(\\d{2})-(\\d{2})-(\\d{2}) (\\d{2})(\\d{2})GMT");
    private static final Pattern DATELINE =
            Pattern.compile("^([\\p{Lu}][\\p{Lu} .,'-]{0,60}?) \\([\\p{L}-]+\\) [_\u2014-] .*", Pattern.DOTALL);

    private AnpaFormat() {}

    static boolean looksLike(String text) {
        String t = text.startsWith("\u0016\u0016") ? text.substring(2) : text;
        return t.startsWith("\u0001") && t.indexOf('\u001f') > 0 && t.indexOf('\u001f') < t.indexOf('\n');
    }

    static void map(String text, StoryDraft d) {
        int stx = text.indexOf('\u0002');
        int etx = text.indexOf('\u0003', Math.max(stx, 0));
        if (stx < 0 || etx < 0) {
            throw new ItemRejectedException(ParseError.KWT_2010_INVALID_TEXT_WIRE, "ANPA 1312 without STX/ETX");
        }
        String[] envelope = text.substring(0, stx).split("\\r?\\n");
        String keyword = envelope.length > 1 ? header(envelope[1].trim(), d) : null;
        List<String> headerLines = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        for (String line : text.substring(stx + 1, etx).split("\\r?\\n")) {
            if (line.startsWith("^")) {
                headerLines.add(Texts.clean(line.substring(1).replaceAll("[<=\\s]+$", "")));
            } else if (line.startsWith("\t") && Texts.clean(line) != null) {
                paragraphs.add(Texts.clean(line));
            }
        }
        d.headline = headerLines.size() > 1 ? headerLines.get(1) : null;
        d.byline = headerLines.stream()
                .filter(l -> l.toLowerCase(Locale.ROOT).startsWith("by "))
                .findFirst()
                .orElse(null);
        d.bodyPlain = String.join("\n\n", paragraphs);
        Matcher dateline = paragraphs.isEmpty() ? null : DATELINE.matcher(paragraphs.get(0));
        d.dateline = dateline != null && dateline.matches() ? dateline.group(1).trim() : null;
        String day = trailer(text.substring(etx + 1), d);
        d.guid = keyword == null
                ? null
                : keyword + "/" + (day != null ? day : ContentHash.hex(text).substring(0, 12));
    }

    /** Reads the header line; returns the keyword. */
    private static String header(String line, StoryDraft d) {
        Matcher m = HEADER.matcher(line);
        if (!m.matches()) {
            return null;
        }
        d.urgency = switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "f" -> 1;
            case "b" -> 2;
            case "u" -> 3;
            case "r" -> 5;
            default -> null;
        };
        d.version = Texts.clean(m.group(4));
        String version = d.version == null ? "" : d.version.toLowerCase(Locale.ROOT);
        if (version.contains("writethru")) {
            StatusMapping.signal("writethru", d);
        }
        if (version.contains("correct")) {
            StatusMapping.signal("correction", d);
        }
        if (version.contains("kill")) {
            d.status(PubStatus.CANCELED);
        }
        return m.group(3);
    }

    /** Reads the filing time; returns its date as yyyy-MM-dd, or null. */
    private static String trailer(String tail, StoryDraft d) {
        Matcher m = TRAILER.matcher(tail);
        if (!m.find()) {
            return null;
        }
        LocalDateTime filed = LocalDateTime.of(
                2000 + Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(4)),
                Integer.parseInt(m.group(5)));
        d.firstCreated = WireDates.zoned(filed.toInstant(ZoneOffset.UTC), m.group());
        return filed.toLocalDate().toString();
    }
}
