package io.kawat.translate.internal.topology;

import io.kawat.schemas.avro.EnrichedStory;
import io.kawat.schemas.avro.Entity;
import io.kawat.schemas.avro.StoryTranslation;
import io.kawat.schemas.avro.TranslationStatus;
import io.kawat.schemas.avro.WireStory;
import io.kawat.translate.Translation;
import io.kawat.translate.TranslationOutcome;
import io.kawat.translate.TranslationService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Translates one story version into one language in a single call to the {@link TranslationService}: the headline,
 * the standfirst (the provider's, else enrich's summary) and the body paragraphs, with the story's entity names and
 * mentions protected. Maps the per-text outcomes onto one {@link StoryTranslation} state.
 */
public final class StoryTranslator {
    private final TranslationService service;
    private final Clock clock;

    public StoryTranslator(TranslationService service, Clock clock) {
        this.service = Objects.requireNonNull(service, "service");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The story's language as an ISO 639-1 code, or "und" when it is unknown. */
    public static String languageOf(EnrichedStory story) {
        String language =
                story.getLanguage() == null ? "" : story.getLanguage().strip().toLowerCase(Locale.ROOT);
        String primary = language.split("[-_]", 2)[0];
        return primary.isEmpty() ? "und" : primary;
    }

    /** Translates {@code story} into {@code language}; {@code attempt} counts this call (1 for the first). */
    public StoryTranslation translate(EnrichedStory story, String language, int attempt) {
        String from = languageOf(story);
        WireStory wire = story.getStory();
        String standfirst = standfirst(story);
        List<String> paragraphs = paragraphs(story);
        List<String> texts = new ArrayList<>();
        texts.add(wire.getHeadline() == null ? "" : wire.getHeadline());
        texts.add(standfirst == null ? "" : standfirst);
        texts.addAll(paragraphs);
        List<Translation> results = service.translate(texts, from, language, protectedTerms(story));
        TranslationStatus status = status(results);
        StoryTranslation.Builder out = StoryTranslation.newBuilder()
                .setStoryId(wire.getStoryId())
                .setClusterId(story.getClusterId())
                .setLanguage(language)
                .setSourceLanguage(from)
                .setSourceHash(wire.getContentHash())
                .setStatus(status)
                .setEngine(engine(results))
                .setAttempts(attempt)
                .setUpdatedAt(clock.instant())
                .setHeadline(null)
                .setStandfirst(null)
                .setParagraphs(List.of())
                .setLastError(null);
        if (status == TranslationStatus.TRANSLATED) {
            out.setHeadline(results.get(0).text())
                    .setStandfirst(standfirst == null ? null : results.get(1).text())
                    .setParagraphs(results.subList(2, results.size()).stream()
                            .map(Translation::text)
                            .toList());
        } else if (status == TranslationStatus.PENDING || status == TranslationStatus.FAILED) {
            out.setLastError(error(results));
        }
        return out.build();
    }

    /** The standfirst as publish shows it: the provider's, else enrich's summary; null when neither is given. */
    static String standfirst(EnrichedStory story) {
        String given = story.getStory().getStandfirst();
        if (given != null && !given.isBlank()) {
            return given;
        }
        String summary = story.getSummary();
        return summary == null || summary.isBlank() ? null : summary;
    }

    /** The paragraphs publish composes from: enrich's, else the plain body split at blank lines. */
    static List<String> paragraphs(EnrichedStory story) {
        if (story.getParagraphs() != null && !story.getParagraphs().isEmpty()) {
            return story.getParagraphs();
        }
        String body = story.getStory().getBodyText();
        return body == null || body.isBlank() ? List.of() : List.of(body.split("\\n\\s*\\n"));
    }

    private static Set<String> protectedTerms(EnrichedStory story) {
        Set<String> terms = new LinkedHashSet<>();
        for (Entity entity : story.getEntities()) {
            terms.add(entity.getName());
            terms.addAll(entity.getMentions());
        }
        terms.removeIf(String::isBlank);
        return terms;
    }

    private static TranslationStatus status(List<Translation> results) {
        if (results.stream().anyMatch(r -> r.outcome() == TranslationOutcome.UNSUPPORTED_PAIR)) {
            return TranslationStatus.UNSUPPORTED_PAIR;
        }
        if (results.stream().anyMatch(r -> r.outcome() == TranslationOutcome.FAILED_RETRIABLE)) {
            return TranslationStatus.PENDING;
        }
        if (results.stream().anyMatch(r -> r.outcome() == TranslationOutcome.FAILED_PERMANENT)) {
            return TranslationStatus.FAILED;
        }
        return TranslationStatus.TRANSLATED;
    }

    /** The engine that did the work (texts that needed none say "identity"), or the last one tried on failure. */
    private static String engine(List<Translation> results) {
        return results.stream()
                .filter(r -> !r.translated() && r.engine() != null)
                .map(Translation::engine)
                .findFirst()
                .orElse(results.stream()
                        .map(Translation::engine)
                        .filter(e -> e != null && !e.equals(Translation.IDENTITY))
                        .findFirst()
                        .orElse(null));
    }

    private static String error(List<Translation> results) {
        return results.stream()
                .filter(r -> r.outcome().failed())
                .findFirst()
                .map(r -> "engine " + r.engine() + " failed ("
                        + r.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")")
                .orElse(null);
    }
}
