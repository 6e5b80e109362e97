package io.kawat.enrich.internal.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A token as the learned recogniser sees it, CoNLL style: words (with inner apostrophes, hyphens and the dots of
 * "U.S."), a possessive "'s" apart, and every other non-space char alone.
 *
 * @param start offset of the first char
 * @param end offset after the last char
 * @param text the token as written
 */
public record NerToken(int start, int end, String text) {

    private static final Pattern TOKEN = Pattern.compile("(?:\\p{L}\\.){2,}"
            + "|(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Rev|Prof|Jr|Lt|Col|Capt|Sgt|Adm|Pres|Inc|Corp|Ltd|Co)\\.(?=\\s)"
            + "|['’][sS](?![\\p{L}\\p{N}])"
            + "|[\\p{L}\\p{M}\\p{N}]+(?:[-'’.&][\\p{L}\\p{M}\\p{N}]+)*(?<!['’][sS])"
            + "|\\S");

    /** The tokens of a text cut into sentences: at a line break and after ". ! ?" before a space. */
    public static List<List<NerToken>> sentences(String text) {
        List<List<NerToken>> out = new ArrayList<>();
        List<NerToken> current = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int previousEnd = 0;
        while (m.find()) {
            if (!current.isEmpty() && text.substring(previousEnd, m.start()).indexOf('\n') >= 0) {
                out.add(current);
                current = new ArrayList<>();
            }
            NerToken token = new NerToken(m.start(), m.end(), m.group());
            current.add(token);
            previousEnd = m.end();
            if (token.text().matches("[.!?]")
                    && (m.end() == text.length() || Character.isWhitespace(text.charAt(m.end())))) {
                out.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    /** The texts of some tokens. */
    public static String[] texts(List<NerToken> tokens) {
        return tokens.stream().map(NerToken::text).toArray(String[]::new);
    }
}
