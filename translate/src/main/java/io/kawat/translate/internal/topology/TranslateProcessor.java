package io.kawat.translate.internal.topology;

import io.kawat.schemas.Topics;
import io.kawat.schemas.avro.EnrichedStory;
import io.kawat.schemas.avro.PubStatus;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates each usable, original story version into every edition language other than its own and forwards one
 * {@code StoryTranslation} per language, keyed {@code <storyId>|<language>} (first attempt; see
 * {@link TranslationAttempts} for failures). A new version of a story, a kill or a duplicate removes the key's entry
 * from the {@value TranslationAttempts#STORE} store, which supersedes any retry of an older version still on the
 * retry topic.
 */
public final class TranslateProcessor implements Processor<String, EnrichedStory, String, SpecificRecord> {
    private static final Logger LOG = LoggerFactory.getLogger(TranslateProcessor.class);

    private final TranslationAttempts attempts;
    private final List<String> editions;
    private ProcessorContext<String, SpecificRecord> context;
    private KeyValueStore<String, PendingTranslation> ledger;

    public TranslateProcessor(TranslationAttempts attempts, List<String> editions) {
        this.attempts = attempts;
        this.editions = List.copyOf(editions);
    }

    @Override
    public void init(ProcessorContext<String, SpecificRecord> context) {
        this.context = context;
        this.ledger = context.getStateStore(TranslationAttempts.STORE);
    }

    @Override
    public void process(Record<String, EnrichedStory> record) {
        EnrichedStory story = record.value();
        String storyId = story.getStory().getStoryId();
        String from = StoryTranslator.languageOf(story);
        boolean skip = story.getStory().getPubStatus() != PubStatus.USABLE
                || story.getDuplicateOf() != null
                || from.equals("und");
        for (String language : editions) {
            if (language.equals(from)) {
                continue;
            }
            String key = Topics.storyTranslationKey(storyId, language);
            if (skip) {
                TranslationAttempts.forget(ledger, key);
            } else {
                attempts.attempt(context, ledger, key, story, language, 1);
            }
        }
        if (skip) {
            LOG.debug(
                    "story {} not translated: pubStatus {}, duplicateOf {}, language {}",
                    storyId,
                    story.getStory().getPubStatus(),
                    story.getDuplicateOf(),
                    from);
        }
    }
}
