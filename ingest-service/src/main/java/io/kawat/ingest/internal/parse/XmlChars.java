package io.kawat.ingest.internal.parse;

/**
 * Characters XML 1.0 does not allow (C0 controls other than tab, line feed and carriage return; U+FFFE, U+FFFF; lone
 * surrogates). Feeds carry them by mistake, often in one item's text; removing them before parsing keeps the document
 * readable instead of refusing every item for one stray byte.
 */
final class XmlChars {
    private XmlChars() {}

    /** The text without characters XML 1.0 does not allow; the same instance when there are none. */
    static String withoutIllegal(String text) {
        int first = firstIllegal(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (allowed(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstIllegal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (!allowed(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
