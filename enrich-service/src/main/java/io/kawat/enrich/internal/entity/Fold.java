package io.kawat.enrich.internal.entity;

/**
 * Length-preserving case folding: every char is lower-cased on its own (so offsets in the folded text are offsets in
 * the original) and typographic apostrophes become ASCII ones.
 */
public final class Fold {

    private Fold() {}

    /** The folded text, exactly as long as the input. */
    public static String fold(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            out[i] = c == '’' || c == '‘' ? '\'' : Character.toLowerCase(c);
        }
        return new String(out);
    }

    /** True for letters and digits, the chars that continue a word. */
    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** True for scripts written without spaces, where word boundaries cannot be checked. */
    static boolean isUnspacedScript(char c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN
                || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA
                || s == Character.UnicodeScript.THAI;
    }
}
