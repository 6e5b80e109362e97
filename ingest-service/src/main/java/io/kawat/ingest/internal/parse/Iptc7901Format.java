package io.kawat.ingest.internal.parse;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IPTC 7901 text wire: {@code SOH} header line (service, message number, priority, category, word count), keyword
 * lines, {@code STX}, headline line, body, {@code ETX} and a trailer with the filing time ({@code ddHHmm GMT Mon yy}).
 * The body ends at the provider's "not for publication" notes. There is no provider id in the format: it is built
 * from service, message number and filing time ({@code eca062-201311131137}).
 */
final class Iptc7901Format {

    private static final Pattern HEADER = Pattern.compile("^([A-Za-z]*)(\\d+)\\s+(\\S)\\s+(\\S)\\s+(\\d+)\\b.*");
    private static final Pattern TRAILER =
            Pattern.compile("(\\d{2})(\\d{2})(\\d{2})\\s+GMT\\s+([A-Za-z]{3})\\s+(\\d{2})");
    private static final Pattern NOT_FOR_PUBLICATION =
            Pattern.compile("(?i).*(not (intended )?for publication|nicht zur ver\u00f6ffentlichung).*");
    private static final Pattern DATELINE =
            Pattern.compile("^\\s*([\\p{L}][\\p{L} .,'/-]{0,60}?) \\([\\p{L}-]+\\) [-\u2013_] .*", Pattern.DOTALL);

    private Iptc7901Format() {}

    static boolean looksLike(String text) {
        return text.startsWith("\u0001") && text.indexOf('\u0002') > 0 && !text.startsWith("\u0001", 1);
    }

    static void map(String text, StoryDraft d) {
        int stx = text.indexOf('\u0002');
        int etx = text.indexOf('\u0003', stx);
        if (stx < 0 || etx < 0) {
            throw new ItemRejectedException(ParseError.KWT_2010_INVALID_TEXT_WIRE, "IPTC 7901 without STX/ETX");
        }
        String[] envelope = text.substring(1, stx).split("\\r?\\n|\\r");
        Matcher header = HEADER.matcher(envelope[0].trim());
        String service = "";
        if (header.matches()) {
            service = header.group(1) + header.group(2);
            d.urgency(header.group(3));
        }
        for (int i = 1; i < envelope.length; i++) {
            String keyword = Texts.clean(envelope[i].replaceAll("/+\\s*$", ""));
            d.category(keyword);
        }
        String story = text.substring(stx + 1, etx);
        int firstBreak = story.indexOf('\n');
        d.headline = Texts.clean((firstBreak < 0 ? story : story.substring(0, firstBreak)).replaceAll("=\\s*$", ""));
        d.bodyPlain = publishable(firstBreak < 0 ? "" : story.substring(firstBreak + 1));
        Matcher dateline = DATELINE.matcher(d.bodyPlain);
        d.dateline = dateline.matches() ? dateline.group(1).trim() : null;
        Matcher trailer = TRAILER.matcher(text.substring(etx + 1));
        String stamp = null;
        if (trailer.find()) {
            int month = month(trailer.group(4));
            if (month > 0) {
                LocalDateTime filed = LocalDateTime.of(
                        2000 + Integer.parseInt(trailer.group(5)),
                        month,
                        Integer.parseInt(trailer.group(1)),
                        Integer.parseInt(trailer.group(2)),
                        Integer.parseInt(trailer.group(3)));
                d.firstCreated = WireDates.zoned(
                        filed.toInstant(ZoneOffset.UTC), trailer.group().trim());
                stamp = String.format(Locale.ROOT, "%1$tY%1$tm%1$td%1$tH%1$tM", filed);
            }
        }
        d.guid = service + "-" + (stamp != null ? stamp : ContentHash.hex(text).substring(0, 16));
    }

    /** The story text up to the provider's internal notes. */
    private static String publishable(String body) {
        List<String> kept = new ArrayList<>();
        for (String line : body.split("\\r?\\n|\\r", -1)) {
            if (NOT_FOR_PUBLICATION.matcher(line).matches()
                    || line.trim().startsWith("# ")
                    || line.trim().matches("\\*( \\*)+")) {
                break;
            }
            kept.add(line);
        }
        return String.join("\n", kept).strip();
    }

    private static int month(String name) {
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < months.length; i++) {
            if (months[i].equalsIgnoreCase(name)) {
                return i + 1;
            }
        }
        return -1;
    }
}
