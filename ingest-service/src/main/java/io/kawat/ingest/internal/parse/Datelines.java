package io.kawat.ingest.internal.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the dateline: the provider's dateline unless it is only a timestamp (Reuters puts
 * {@code 2014-07-16 13:00:03 GMT+00:00} there), else the place in the body's lead ({@code BEIRUT (Reuters) -},
 * {@code LIMA, Jan 21 (Reuters) -}), else where the item was filed.
 */
final class Datelines {

    private static final Pattern TIMESTAMP = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}.*");
    private static final Pattern LEAD = Pattern.compile(
            "^([\\p{Lu}][\\p{Lu}\\p{M} .'/-]{1,40}?)(?:,[^()\\n]{1,30})? \\([\\p{L}][\\p{L} .&-]{1,24}\\) ?[-\u2013\u2014_]");

    private Datelines() {}

    static String choose(String declared, String bodyText, String place) {
        String cleaned = Texts.clean(declared);
        if (cleaned != null && !TIMESTAMP.matcher(cleaned).matches()) {
            return cleaned;
        }
        if (bodyText != null) {
            Matcher m = LEAD.matcher(bodyText);
            if (m.find()) {
                return m.group(1).trim();
            }
        }
        return Texts.clean(place);
    }
}
