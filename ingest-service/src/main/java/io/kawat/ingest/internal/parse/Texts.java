package io.kawat.ingest.internal.parse;

/** Small text helpers shared by the format parsers. */
final class Texts {

    private Texts() {}

    /** Collapses whitespace runs (including no-break spaces) to one space and trims; null stays null. */
    static String collapse(String s) {
        if (s == null) {
            return null;
        }
        return s.replace('\u00A0', ' ').replaceAll("\\s+", " ").trim();
    }

    /** {@link #collapse} that turns blank into null. */
    static String clean(String s) {
        String c = collapse(s);
        return c == null || c.isEmpty() ? null : c;
    }

    /** The first argument that is not blank, cleaned; null when none. */
    static String firstNonBlank(String... candidates) {
        for (String c : candidates) {
            String cleaned = clean(c);
            if (cleaned != null) {
                return cleaned;
            }
        }
        return null;
    }

    static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "...";
    }

    static Integer parseIntOrNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        if (t.isEmpty() || t.length() > 9 || !t.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.parseInt(t);
    }

    /** True for absolute http(s) URLs. */
    static boolean isHttp(String url) {
        return url != null && (url.startsWith("http://") || url.startsWith("https://"));
    }
}
