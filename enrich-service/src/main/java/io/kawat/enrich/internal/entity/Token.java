package io.kawat.enrich.internal.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word of the analysed text with what the name rules need to know about it.
 *
 * @param start offset of the first char
 * @param end offset after the last char, a trailing possessive "'s" excluded
 * @param text the word as written, possessive excluded
 * @param capitalised first letter upper case (or a digit-led acronym such as "G20")
 * @param sentenceInitial first word of a sentence, line or headline, where capitals prove nothing
 * @param joined only spaces separate it from the previous word, so both may belong to one name
 */
record Token(int start, int end, String text, boolean capitalised, boolean sentenceInitial, boolean joined) {

    // A hyphen continues a word only before a lower-case letter or digit: "Chi-kin", "Jakarta-based", "SATRIA-1"
    // stay whole, "Russia-Ukraine" and "Baswedan-Muhaimin" are two words; "Ruet-i-Hilal" stays whole.
    private static final Pattern WORD = Pattern.compile(
            "[\\p{L}\\p{M}\\p{N}&]+(?:['’.][\\p{L}\\p{M}\\p{N}]+|-(?=[\\p{Ll}\\p{N}])[\\p{L}\\p{M}\\p{N}]+"
                    + "|(?<=[-'’]\\p{Ll})-[\\p{L}\\p{M}\\p{N}]+)*");
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:\\b\\p{Lu}\\.|\\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Rev|Prof|Jr|Lt|Col|Capt|Sgt|Adm|Pres)\\.)$");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");

    static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int previousEnd = -1;
        while (m.find()) {
            String word = POSSESSIVE.matcher(m.group()).replaceFirst("");
            int end = m.start() + word.length();
            boolean joined =
                    previousEnd >= 0 && text.substring(previousEnd, m.start()).matches(" +");
            out.add(new Token(m.start(), end, word, isCapitalised(word), isSentenceInitial(text, m.start()), joined));
            previousEnd = end;
        }
        return out;
    }

    /** Letters mixed with digits in lower case ("Rp551", "3rd") never start a name. */
    boolean hasLowerCaseWithDigits() {
        return text.chars().anyMatch(Character::isDigit) && text.chars().anyMatch(Character::isLowerCase);
    }

    boolean isNumber() {
        return text.length() <= 4 && text.chars().allMatch(Character::isDigit);
    }

    boolean isAcronym() {
        return text.length() >= 2
                && text.length() <= 6
                && text.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                && text.chars().anyMatch(Character::isLetter);
    }

    private static boolean isCapitalised(String word) {
        char first = word.charAt(0);
        return Character.isUpperCase(first)
                || Character.isTitleCase(first)
                || Character.isDigit(first) && word.chars().anyMatch(Character::isUpperCase);
    }

    private static boolean isSentenceInitial(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || "\"“‘'([«¿¡".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        if (i < 0) {
            return true;
        }
        char c = text.charAt(i);
        if (c == '-') {
            return i > 0 && text.charAt(i - 1) == ' ';
        }
        return c == '.'
                ? !ABBREVIATION
                        .matcher(text.substring(Math.max(0, i - 6), i + 1))
                        .find()
                : "!?:\n—–…•|".indexOf(c) >= 0;
    }
}
