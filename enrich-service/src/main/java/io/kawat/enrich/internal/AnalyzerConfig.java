package io.kawat.enrich.internal;

import java.util.List;
import java.util.Locale;

/**
 * Settings of the {@link StoryAnalyzer}.
 *
 * @param languages ISO 639-1 codes the language detector may answer with; more languages cost memory and accuracy
 */
public record AnalyzerConfig(List<String> languages) {

    /** The default languages: the list plus the Scandinavian languages the wire fixtures carry. */
    public static final List<String> DEFAULT_LANGUAGES = List.of(
            "en", "id", "ms", "es", "fr", "de", "pt", "it", "nl", "ar", "ru", "zh", "ja", "ko", "tr", "vi", "th", "tl",
            "hi", "sw", "nb", "sv", "da");

    public AnalyzerConfig {
        if (languages == null || languages.isEmpty()) {
            throw new IllegalArgumentException("at least one language is needed");
        }
        languages = languages.stream()
                .map(l -> l.strip().toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
    }

    /** All {@link #DEFAULT_LANGUAGES}. */
    public static AnalyzerConfig defaults() {
        return new AnalyzerConfig(DEFAULT_LANGUAGES);
    }
}
