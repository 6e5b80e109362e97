package io.kawat.translate.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text whose protected spans were replaced by placeholder tokens ({@link SpanProtector}).
 *
 * @param text            what the engine receives
 * @param originalByToken each placeholder token and the span it stands for
 * @param width           digits after the leading 9 of every token
 * @param html            whether the text is an HTML fragment (then only text between tags is restored)
 */
public record MaskedText(String text, Map<String, String> originalByToken, int width, boolean html) {

    public MaskedText {
        originalByToken = Map.copyOf(originalByToken);
    }

    static String token(int index, int width) {
        return "9" + String.format(Locale.ROOT, "%0" + width + "d", index);
    }

    /**
     * The engine's output with every placeholder replaced by its span, or empty when the engine lost or altered a
     * placeholder (the translation would silently miss a name, number or URL).
     */
    public Optional<String> restore(String translated) {
        if (originalByToken.isEmpty()) {
            return Optional.of(translated);
        }
        Pattern tokens = tokenPattern();
        Set<String> seen = new HashSet<>();
        StringBuilder out = new StringBuilder(translated.length() + 64);
        for (Markup.Segment segment : Markup.segments(translated, html)) {
            if (segment.markup()) {
                out.append(segment.content());
                continue;
            }
            Matcher m = tokens.matcher(segment.content());
            while (m.find()) {
                String original = originalByToken.get(m.group());
                if (original != null) {
                    seen.add(m.group());
                }
                m.appendReplacement(out, Matcher.quoteReplacement(original != null ? original : m.group()));
            }
            m.appendTail(out);
        }
        return seen.size() == originalByToken.size() ? Optional.of(out.toString()) : Optional.empty();
    }

    /**
     * The text cut at its placeholders: the stretches before, between and after them (one more than the
     * placeholders; a stretch may be empty). Translated one by one, they cannot lose a span.
     */
    public List<String> stretches() {
        return List.of(tokenPattern().split(text, -1));
    }

    /** The placeholders in the order the text has them. */
    private List<String> tokensInOrder() {
        List<String> out = new ArrayList<>();
        Matcher m = tokenPattern().matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Translated {@link #stretches()} joined with this text's placeholders between them (still masked). */
    public String join(List<String> stretches) {
        List<String> tokens = tokensInOrder();
        if (stretches.size() != tokens.size() + 1) {
            throw new IllegalArgumentException(stretches.size() + " stretches for " + tokens.size() + " placeholders");
        }
        StringBuilder out = new StringBuilder(stretches.get(0));
        for (int k = 0; k < tokens.size(); k++) {
            out.append(tokens.get(k)).append(stretches.get(k + 1));
        }
        return out.toString();
    }

    private Pattern tokenPattern() {
        return Pattern.compile("(?<![0-9])9[0-9]{" + width + "}(?![0-9])");
    }
}
