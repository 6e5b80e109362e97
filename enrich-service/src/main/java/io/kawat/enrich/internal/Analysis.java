package io.kawat.enrich.internal;

import io.kawat.schemas.avro.Entity;
import io.kawat.schemas.avro.TopicTag;
import java.util.List;

/**
 * What the {@link StoryAnalyzer} learned about one story version.
 *
 * @param paragraphs the body as clean plain-text paragraphs
 * @param language detected language (ISO 639-1), the declared one when detection is unsure, "und" when neither
 * @param languageConfidence confidence of the detection, 0..1
 * @param declaredLanguage the provider's declared language as given, or null
 * @param entities entities, most salient first
 * @param topics at most three IPTC Media Topics, best first
 * @param keywords top terms by TF-IDF, best first, in their unstemmed form
 * @param summary the standfirst, or an extractive summary; null for an empty story
 * @param wordCount words in the body
 * @param readingTimeMinutes whole minutes to read the body, at least 1 when it has words
 */
public record Analysis(
        List<String> paragraphs,
        String language,
        double languageConfidence,
        String declaredLanguage,
        List<Entity> entities,
        List<TopicTag> topics,
        List<String> keywords,
        String summary,
        int wordCount,
        int readingTimeMinutes) {}
