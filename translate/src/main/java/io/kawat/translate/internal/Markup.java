package io.kawat.translate.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough HTML for translation: tells simple fragments from plain text, splits a fragment into markup (tags,
 * comments, entities: never translated, never touched) and text.
 */
public final class Markup {
    private static final Pattern TAG = Pattern.compile(
            "<!--.*?-->|</?[A-Za-z][A-Za-z0-9:-]*(?:\\s(?:[^<>\"']|\"[^\"]*\"|'[^']*')*)?/?>", Pattern.DOTALL);
    private static final Pattern ENTITY =
            Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    private static final Pattern MARKUP = Pattern.compile(TAG.pattern() + "|" + ENTITY.pattern(), Pattern.DOTALL);

    /** A piece of a text: markup to keep as is, or text to translate. */
    public record Segment(String content, boolean markup) {}

    private Markup() {}

    /** True when the text holds a tag, a comment or an entity: an HTML fragment rather than plain text. */
    public static boolean isHtml(String text) {
        return TAG.matcher(text).find() || ENTITY.matcher(text).find();
    }

    /** The text split into markup and text segments, in order; plain text gives one text segment. */
    public static List<Segment> segments(String text, boolean html) {
        if (!html) {
            return List.of(new Segment(text, false));
        }
        List<Segment> segments = new ArrayList<>();
        Matcher m = MARKUP.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                segments.add(new Segment(text.substring(last, m.start()), false));
            }
            segments.add(new Segment(m.group(), true));
            last = m.end();
        }
        if (last < text.length()) {
            segments.add(new Segment(text.substring(last), false));
        }
        return segments;
    }

    /** The text split at its tags and comments: text, tag, text, tag, ..., text (always an odd count). */
    static List<String> splitAtTags(String text) {
        List<String> pieces = new ArrayList<>();
        Matcher m = TAG.matcher(text);
        int last = 0;
        while (m.find()) {
            pieces.add(text.substring(last, m.start()));
            pieces.add(m.group());
            last = m.end();
        }
        pieces.add(text.substring(last));
        return pieces;
    }
}
