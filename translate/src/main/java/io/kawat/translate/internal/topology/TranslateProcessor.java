package io.kawat.translate.internal.topology;

import io.kawat.schemas.Topics;
import io.kawat.schemas.avro.EnrichedStory;
import io.kawat.schemas.avro.PubStatus;
import io.kawat.schemas.avro.StoryTranslation;
import io.kawat.schemas.avro.TranslationStatus;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates each usable, original story version into every edition language other than its own and emits one
 * {@link StoryTranslation} per language, keyed {@code <storyId>|<language>}.
 *
 * <p>A retriable failure emits PENDING once and parks the story in the {@value #PENDING} store ({@code
 * <storyId>|<language>} → story version, attempts, due time); a wall-clock punctuator retries due entries with
 * exponential backoff until the engine answers (TRANSLATED), refuses for good (FAILED) or the pair disappears
 * (UNSUPPORTED_PAIR); only then is the entry removed. A newer version of the story replaces its entry; a kill or a
 * duplicate removes it. A scan stops at the first retry that fails again, so a dead engine holds the stream thread
 * for one call per scan at most. The store is persistent with a changelog, so a restart loses nothing; it holds at most one
 * entry per story and edition while an engine is down.
 */
public final class TranslateProcessor implements Processor<String, EnrichedStory, String, StoryTranslation> {
    /** The store of translations waiting for their next attempt. */
    public static final String PENDING = "translate-pending";
    private static final Logger LOG = LoggerFactory.getLogger(TranslateProcessor.class);
    /** Most retries a punctuation makes, so the stream thread is not held for long. */
    private static final int RETRIES_PER_SCAN = 20;

    private final StoryTranslator translator;
    private final List<String> editions;
    private final RetryBackoff backoff;
    private ProcessorContext<String, StoryTranslation> context;
    private KeyValueStore<String, PendingTranslation> pending;

    public TranslateProcessor(StoryTranslator translator, List<String> editions, RetryBackoff backoff) {
        this.translator = translator;
        this.editions = List.copyOf(editions);
        this.backoff = backoff;
    }

    @Override
    public void init(ProcessorContext<String, StoryTranslation> context) {
        this.context = context;
        this.pending = context.getStateStore(PENDING);
        context.schedule(backoff.scanInterval(), PunctuationType.WALL_CLOCK_TIME, this::retryDue);
    }

    @Override
    public void process(Record<String, EnrichedStory> record) {
        EnrichedStory story = record.value();
        String storyId = story.getStory().getStoryId();
        String from = StoryTranslator.languageOf(story);
        boolean skip = story.getStory().getPubStatus() != PubStatus.USABLE || story.getDuplicateOf() != null
                || from.equals("und");
        for (String language : editions) {
            if (language.equals(from)) {
                continue;
            }
            String key = Topics.storyTranslationKey(storyId, language);
            if (skip) {
                pending.delete(key);
            } else {
                attempt(key, story, language, 1);
            }
        }
        if (skip) {
            LOG.debug("story {} not translated: pubStatus {}, duplicateOf {}, language {}", storyId,
                    story.getStory().getPubStatus(), story.getDuplicateOf(), from);
        }
    }

    /** Translates and emits; returns false when the engine failed retriably (the entry waits for its next turn). */
    private boolean attempt(String key, EnrichedStory story, String language, int attempt) {
        StoryTranslation result = translator.translate(story, language, attempt);
        long now = context.currentSystemTimeMs();
        if (result.getStatus() == TranslationStatus.PENDING) {
            long due = now + backoff.after(attempt).toMillis();
            pending.put(key, new PendingTranslation(story, attempt, due));
            LOG.warn("translation {} failed ({}), attempt {}; retrying in {} ms", key, result.getLastError(), attempt,
                    due - now);
            if (attempt == 1) {
                context.forward(new Record<>(key, result, result.getUpdatedAt().toEpochMilli()));
            }
            return false; // PENDING is published on the first failure only
        }
        pending.delete(key);
        context.forward(new Record<>(key, result, result.getUpdatedAt().toEpochMilli()));
        return true;
    }

    private void retryDue(long now) {
        List<KeyValue<String, PendingTranslation>> due = new ArrayList<>();
        try (KeyValueIterator<String, PendingTranslation> all = pending.all()) {
            while (all.hasNext() && due.size() < RETRIES_PER_SCAN) {
                KeyValue<String, PendingTranslation> kv = all.next();
                if (kv.value.dueAtMillis() <= now) {
                    due.add(kv);
                }
            }
        }
        for (KeyValue<String, PendingTranslation> kv : due) {
            String language = kv.key.substring(kv.key.lastIndexOf('|') + 1);
            if (!attempt(kv.key, kv.value.story(), language, kv.value.attempts() + 1)) {
                break; // the engine is still failing: the others wait for the next scan instead of timing out too
            }
        }
    }
}
