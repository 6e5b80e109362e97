package io.kawat.ingest.internal.parse;

import io.kawat.schemas.avro.Media;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Builds {@link Media} entries and decides which references are kept. Absolute http(s) URLs always; for wire formats
 * that ship media beside the document (NewsML-G2, NITF, ninjs) also relative references such as
 * {@code ./GYI0062134533.jpg}, kept as given for the caller to resolve against where the document came from. Any
 * other scheme ({@code file:}, {@code javascript:}, {@code data:}, ...) is dropped.
 */
final class MediaRef {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.\\-]*:");

    private MediaRef() {}

    /** True when {@code href} may be kept. */
    static boolean acceptable(String href, boolean allowRelative) {
        if (href == null || href.isBlank() || href.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        if (SCHEME.matcher(href).find()) {
            String lower = href.toLowerCase(Locale.ROOT);
            return lower.startsWith("http://") || lower.startsWith("https://");
        }
        return allowRelative && !href.startsWith("//");
    }

    /** A media entry, or null when the reference is not acceptable. */
    static Media of(
            String href,
            boolean allowRelative,
            String type,
            String caption,
            String credit,
            Integer width,
            Integer height) {
        String url = Texts.clean(href);
        if (!acceptable(url, allowRelative)) {
            return null;
        }
        return Media.newBuilder()
                .setHref(url)
                .setMediaType(Texts.clean(type))
                .setCaption(Texts.clean(caption))
                .setCredit(Texts.clean(credit))
                .setWidth(width)
                .setHeight(height)
                .build();
    }
}
