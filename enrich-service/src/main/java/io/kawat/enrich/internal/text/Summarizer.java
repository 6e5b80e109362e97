package io.kawat.enrich.internal.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The story's summary: the provider's standfirst when it has one, otherwise the lead sentences of the body up to
 * about {@value #MAX_WORDS} words (news is written lead-first, so the first sentences beat any scoring). A wire
 * dateline such as "BRUSSELS (Reuters) - " is taken off the first sentence.
 */
public final class Summarizer {

    static final int MAX_WORDS = 60;
    private static final Pattern DATELINE = Pattern.compile(
            "^[\\p{Lu}][\\p{Lu}\\p{M} .,'/-]{1,60}(?:,\\s*[\\p{L} .]{2,30})?\\s*(?:\\([^)]{1,40}\\))?\\s*[-–—]{1,2}\\s+");

    private final SentenceSplitter splitter = new SentenceSplitter();

    /** Standfirst if present, else an extractive lead summary; null when there is no text at all. */
    public String summarise(String standfirst, List<String> paragraphs) {
        if (standfirst != null && !standfirst.isBlank()) {
            return TextCleaner.normaliseSpace(standfirst);
        }
        StringBuilder out = new StringBuilder();
        int words = 0;
        for (String paragraph : paragraphs) {
            for (String sentence : splitter.split(out.length() == 0 ? stripDateline(paragraph) : paragraph)) {
                int n = Words.tokens(sentence).size();
                if (words > 0 && words + n > MAX_WORDS) {
                    return out.toString();
                }
                if (words == 0 && n > MAX_WORDS) {
                    return truncate(sentence);
                }
                out.append(out.length() == 0 ? "" : " ").append(sentence);
                words += n;
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    static String stripDateline(String paragraph) {
        return DATELINE.matcher(paragraph).replaceFirst("");
    }

    private static String truncate(String sentence) {
        String[] parts = sentence.split("\\s+");
        return String.join(" ", List.of(parts).subList(0, Math.min(parts.length, MAX_WORDS))) + " …";
    }
}
