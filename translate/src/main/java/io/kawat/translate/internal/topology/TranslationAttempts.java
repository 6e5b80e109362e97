package io.kawat.translate.internal.topology;

import io.kawat.schemas.avro.EnrichedStory;
import io.kawat.schemas.avro.StoryTranslation;
import io.kawat.schemas.avro.TranslationStatus;
import java.util.Objects;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt at translating a story version into a language, and what follows from its outcome: the translation is
 * forwarded (PENDING on the first retriable failure only), a retriable failure also forwards the story to the retry
 * topic (with {@link RetryHeaders}) and records it in the {@value #STORE} store, and the attempt that reaches the
 * cap is recorded as FAILED. Shared by {@link TranslateProcessor} and {@link RetryProcessor}.
 */
public final class TranslationAttempts {
    /**
     * The retries in flight or held, {@code <storyId>|<language>} → the one retry record the key waits for. A retry
     * record that is not that one (a newer version, a kill or a success came since) is superseded.
     */
    public static final String STORE = "translate-retry";

    private static final Logger LOG = LoggerFactory.getLogger(TranslationAttempts.class);

    private final StoryTranslator translator;
    private final RetryBackoff backoff;

    public TranslationAttempts(StoryTranslator translator, RetryBackoff backoff) {
        this.translator = Objects.requireNonNull(translator, "translator");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
    }

    public RetryBackoff backoff() {
        return backoff;
    }

    /**
     * Makes attempt number {@code attempt} and forwards its outcome; returns false when the engine failed retriably
     * (the story went to the retry topic, or was recorded FAILED at the cap).
     */
    boolean attempt(
            ProcessorContext<String, SpecificRecord> context,
            KeyValueStore<String, PendingTranslation> ledger,
            String key,
            EnrichedStory story,
            String language,
            int attempt) {
        StoryTranslation result = translator.translate(story, language, attempt);
        long now = context.currentSystemTimeMs();
        if (result.getStatus() != TranslationStatus.PENDING) {
            forget(ledger, key);
            forward(context, key, result);
            return true;
        }
        if (backoff.exhausted(attempt)) {
            String reason = "gave up after " + attempt + " attempts: " + result.getLastError();
            forget(ledger, key);
            forward(
                    context,
                    key,
                    StoryTranslation.newBuilder(result)
                            .setStatus(TranslationStatus.FAILED)
                            .setLastError(reason)
                            .build());
            LOG.warn("translation {} recorded as failed: {}", key, reason);
            return false;
        }
        long notBefore = now + backoff.after(attempt).toMillis();
        ledger.put(key, new PendingTranslation(story, attempt, notBefore, false));
        context.forward(new Record<String, SpecificRecord>(
                key, story, now, RetryHeaders.of(attempt, notBefore, result.getLastError())));
        LOG.warn(
                "translation {} failed ({}), attempt {}; retrying in {} ms",
                key,
                result.getLastError(),
                attempt,
                notBefore - now);
        if (attempt == 1) {
            forward(context, key, result); // PENDING is published on the first failure only
        }
        return false;
    }

    /** Removes the key's retry, if any (without writing a changelog tombstone for keys that never failed). */
    static void forget(KeyValueStore<String, PendingTranslation> ledger, String key) {
        if (ledger.get(key) != null) {
            ledger.delete(key);
        }
    }

    private static void forward(
            ProcessorContext<String, SpecificRecord> context, String key, StoryTranslation translation) {
        context.forward(new Record<String, SpecificRecord>(
                key, translation, translation.getUpdatedAt().toEpochMilli()));
    }
}
