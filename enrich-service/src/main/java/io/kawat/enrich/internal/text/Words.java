package io.kawat.enrich.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word tokens, word counts and reading time.
 *
 * <p>A word is a run of letters, marks and digits, with inner apostrophes, hyphens and dots kept ("U.S.",
 * "al-Assad", "Stoltenberg's"). Han, Hiragana, Katakana and Thai characters count as one word each, because those
 * scripts do not separate words with spaces; reading time uses 230 words per minute, rounded up.
 */
public final class Words {

    private static final Pattern WORD = Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsThai}]|[\\p{L}\\p{M}\\p{N}]+(?:['’.\\-][\\p{L}\\p{M}\\p{N}]+)*");
    private static final int WORDS_PER_MINUTE = 230;

    private Words() {}

    /** The words of a text, in order, as written. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The words of a text, lower-cased with the root locale. */
    public static List<String> lowerTokens(String text) {
        List<String> out = tokens(text);
        out.replaceAll(w -> w.toLowerCase(Locale.ROOT));
        return out;
    }

    /** Number of words in all paragraphs. */
    public static int count(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            Matcher m = WORD.matcher(p);
            while (m.find()) {
                n++;
            }
        }
        return n;
    }

    /** Whole minutes to read that many words; at least one for a non-empty text. */
    public static int readingMinutes(int wordCount) {
        return wordCount == 0 ? 0 : (wordCount + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE;
    }
}
