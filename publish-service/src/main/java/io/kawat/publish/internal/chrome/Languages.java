package io.kawat.publish.internal.chrome;

import java.util.Locale;

/** Normalises language tags to the ISO 639-1 primary subtag used for editions and bundles. */
public final class Languages {

    /** The tag for an unknown language, as enrich writes it. */
    public static final String UNDETERMINED = "und";

    private Languages() {}

    /**
     * The primary language subtag in lower case: "en-GB" gives "en", "ID" gives "id"; the legacy Java code "in"
     * gives "id"; null or blank gives {@link #UNDETERMINED}.
     */
    public static String primary(String tag) {
        if (tag == null || tag.isBlank()) {
            return UNDETERMINED;
        }
        String primary = tag.trim().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        if (primary.isEmpty()) {
            return UNDETERMINED;
        }
        return "in".equals(primary) ? "id" : primary;
    }

    /** True when the tag is missing or "und". */
    public static boolean isUndetermined(String tag) {
        return UNDETERMINED.equals(primary(tag));
    }

    /** The locale for an edition language. */
    public static Locale locale(String tag) {
        return Locale.forLanguageTag(primary(tag));
    }
}
