package io.kawat.translate.internal.topology;

import io.kawat.schemas.avro.EnrichedStory;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.apache.avro.specific.SpecificRecord;
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
 * The consumer of the translation retry topic. A record that is the retry its key waits for in the
 * {@value TranslationAttempts#STORE} store is held there until its not-before time; anything else was superseded
 * (a newer version, a kill or a success came since) and is skipped. A wall-clock punctuator re-attempts held retries
 * that are due (at most {@value #RETRIES_PER_SCAN} a scan); a failure goes back to the retry topic with the next,
 * doubled wait, until the cap records the translation as FAILED. A scan stops at the first retry that fails again,
 * so a dead engine holds the stream thread for one call per scan at most. The store has a changelog and the retry
 * topic is read exactly once with the outputs, so a restart loses nothing.
 */
public final class RetryProcessor implements Processor<String, EnrichedStory, String, SpecificRecord> {
    /** Most retries a scan makes, so the stream thread is not held for long. */
    static final int RETRIES_PER_SCAN = 20;

    private static final Logger LOG = LoggerFactory.getLogger(RetryProcessor.class);

    private final TranslationAttempts attempts;
    private ProcessorContext<String, SpecificRecord> context;
    private KeyValueStore<String, PendingTranslation> ledger;

    public RetryProcessor(TranslationAttempts attempts) {
        this.attempts = attempts;
    }

    @Override
    public void init(ProcessorContext<String, SpecificRecord> context) {
        this.context = context;
        this.ledger = context.getStateStore(TranslationAttempts.STORE);
        context.schedule(attempts.backoff().scanInterval(), PunctuationType.WALL_CLOCK_TIME, this::retryDue);
    }

    @Override
    public void process(Record<String, EnrichedStory> record) {
        OptionalInt attempt = RetryHeaders.attempts(record.headers());
        OptionalLong notBefore = RetryHeaders.notBefore(record.headers());
        if (attempt.isEmpty() || notBefore.isEmpty()) {
            LOG.warn(
                    "retry record {} skipped: headers {} and {} are required",
                    record.key(),
                    RetryHeaders.ATTEMPT,
                    RetryHeaders.NOT_BEFORE);
            return;
        }
        PendingTranslation expected = ledger.get(record.key());
        if (expected == null
                || expected.held()
                || !expected.awaits(record.value(), attempt.getAsInt(), notBefore.getAsLong())) {
            LOG.debug("retry record {} (attempt {}) superseded", record.key(), attempt.getAsInt());
            return;
        }
        ledger.put(record.key(), expected.asHeld());
    }

    private void retryDue(long now) {
        List<KeyValue<String, PendingTranslation>> due = new ArrayList<>();
        try (KeyValueIterator<String, PendingTranslation> all = ledger.all()) {
            while (all.hasNext() && due.size() < RETRIES_PER_SCAN) {
                KeyValue<String, PendingTranslation> kv = all.next();
                if (kv.value.held() && kv.value.notBeforeMillis() <= now) {
                    due.add(kv);
                }
            }
        }
        for (KeyValue<String, PendingTranslation> kv : due) {
            String language = kv.key.substring(kv.key.lastIndexOf('|') + 1);
            if (!attempts.attempt(context, ledger, kv.key, kv.value.story(), language, kv.value.attempts() + 1)) {
                break; // the engine is still failing: the others wait for the next scan instead of timing out too
            }
        }
    }
}
