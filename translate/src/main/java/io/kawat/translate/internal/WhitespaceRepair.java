package io.kawat.translate.internal;

import java.util.List;

/**
 * Puts the source's whitespace back around an Apertium translation. Apertium moves blanks around the batch
 * separators, and a dropped English subject pronoun leaves its blank behind ("<p>I have" gives "<p> Tengo",
 * "He said" gives " Dijo"): the translation gets the source's leading and trailing whitespace, no blank after a tag
 * that had none in the source, and no doubled spaces the source did not have.
 */
final class WhitespaceRepair {
    private WhitespaceRepair() {}

    static String repair(String source, String translated, boolean html) {
        String body = translated.strip();
        if (html) {
            body = afterTags(source, body);
        }
        if (!source.contains("  ")) {
            body = body.replaceAll(" {2,}", " ");
        }
        return leading(source) + body + trailing(source);
    }

    /** Drops blanks Apertium left right after a tag where the source had none (tags come back in order). */
    private static String afterTags(String source, String translated) {
        List<String> from = Markup.splitAtTags(source);
        List<String> to = Markup.splitAtTags(translated);
        if (from.size() != to.size()) {
            return translated;
        }
        StringBuilder out = new StringBuilder(translated.length());
        out.append(to.get(0));
        for (int i = 1; i < to.size(); i += 2) {
            String next = to.get(i + 1);
            String sourceNext = from.get(i + 1);
            boolean sourceBlank = !sourceNext.isEmpty() && Character.isWhitespace(sourceNext.charAt(0));
            out.append(to.get(i)).append(sourceBlank ? next : next.stripLeading());
        }
        return out.toString();
    }

    private static String leading(String source) {
        int end = 0;
        while (end < source.length() && Character.isWhitespace(source.charAt(end))) {
            end++;
        }
        return source.substring(0, end);
    }

    private static String trailing(String source) {
        int start = source.length();
        while (start > 0 && Character.isWhitespace(source.charAt(start - 1))) {
            start--;
        }
        return start == 0 ? "" : source.substring(start);
    }
}
