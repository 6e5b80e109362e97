package io.kawat.publish.internal.compose;

import java.text.Normalizer;
import java.util.Locale;

/** URL slugs: ASCII, lower case (Locale.ROOT), words joined by hyphens, at most 80 characters. */
final class Slugs {

    static final int MAX_LENGTH = 80;

    private Slugs() {}

    /** The slug of the text; the fallback's slug when the text has no Latin letters or digits (e.g. Arabic). */
    static String of(String text, String fallback) {
        String slug = slugify(text);
        return slug.isEmpty() ? slugify(fallback) : slug;
    }

    static String slugify(String text) {
        if (text == null) {
            return "";
        }
        String ascii = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD)
                .replace("ß", "ss")
                .replace("ı", "i")
                .replace("ø", "o")
                .replace("đ", "d")
                .replace("ł", "l")
                .replaceAll("\\p{M}+", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        int cut = slug.lastIndexOf('-', MAX_LENGTH);
        return slug.substring(0, cut > 0 ? cut : MAX_LENGTH);
    }
}
