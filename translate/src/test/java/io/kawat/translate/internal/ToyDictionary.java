package io.kawat.translate.internal;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word-for-word English to Spanish for the fake engines: enough to see that text went through and tags did not. */
final class ToyDictionary {
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("the", "la"),
            Map.entry("house", "casa"),
            Map.entry("is", "es"),
            Map.entry("red", "roja"),
            Map.entry("cat", "gato"),
            Map.entry("black", "negro"),
            Map.entry("good", "buenos"),
            Map.entry("morning", "días"),
            Map.entry("big", "grande"),
            Map.entry("and", "y"),
            Map.entry("said", "dijo"),
            Map.entry("paid", "pagó"),
            Map.entry("dollars", "dólares"));
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private ToyDictionary() {}

    static String translate(String text, boolean html) {
        if (!html) {
            return words(text);
        }
        StringBuilder out = new StringBuilder();
        Matcher tag = TAG.matcher(text);
        int last = 0;
        while (tag.find()) {
            out.append(words(text.substring(last, tag.start()))).append(tag.group());
            last = tag.end();
        }
        return out.append(words(text.substring(last))).toString();
    }

    private static String words(String text) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group();
            String spanish = WORDS.getOrDefault(word.toLowerCase(Locale.ROOT), word);
            if (!spanish.equals(word) && Character.isUpperCase(word.charAt(0))) {
                spanish = Character.toUpperCase(spanish.charAt(0)) + spanish.substring(1);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(spanish));
        }
        return m.appendTail(out).toString();
    }
}
