package io.kawat.enrich.internal.topology;

import io.kawat.enrich.internal.Analysis;
import io.kawat.enrich.internal.Match;
import io.kawat.enrich.internal.MatcherConfig;
import io.kawat.enrich.internal.StoryMatcher;
import io.kawat.enrich.internal.state.InMemoryState;
import io.kawat.enrich.internal.state.KeyValueState;
import io.kawat.schemas.avro.EnrichedStory;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Assigns duplicate-of and the event cluster. Runs on a single partition (the topology repartitions to one) because
 * matching compares a story with every recent story.
 *
 * <p>Store {@value #STORE}: the matcher's own state (MinHash bands, cluster members, recent stories), keys prefixed
 * by kind as the matcher documents; bounded by the matcher's window and maximum entries; mirrored in memory
 * ({@link MirroredState}).
 */
final class MatchProcessor implements FixedKeyProcessor<String, EnrichedStory, EnrichedStory> {
    static final String STORE = "enrich-matcher";

    private final MatcherConfig config;
    private FixedKeyProcessorContext<String, EnrichedStory> context;
    private StoryMatcher matcher;

    MatchProcessor(MatcherConfig config) {
        this.config = config;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, EnrichedStory> context) {
        this.context = context;
        KeyValueStore<String, byte[]> store = context.getStateStore(STORE);
        this.matcher = new StoryMatcher(config, new MirroredState(store));
    }

    @Override
    public void process(FixedKeyRecord<String, EnrichedStory> record) {
        EnrichedStory story = record.value();
        Match match = matcher.match(story.getStory(), analysisOf(story));
        EnrichedStory matched = EnrichedStory.newBuilder(story)
                .setDuplicateOf(match.duplicateOf())
                .setClusterId(match.clusterId())
                .build();
        context.forward(record.withValue(matched));
    }

    static Analysis analysisOf(EnrichedStory s) {
        return new Analysis(
                s.getParagraphs(),
                s.getLanguage(),
                s.getLanguageConfidence(),
                s.getDeclaredLanguage(),
                s.getEntities(),
                s.getTopics(),
                s.getKeywords(),
                s.getSummary(),
                s.getWordCount(),
                s.getReadingTimeMinutes());
    }

    /**
     * The matcher's key-value state: the Kafka Streams store (persistent, with a changelog) mirrored in memory. The
     * store is read once, when the processor starts (after a restart or a rebalance, once it is restored); from then
     * on reads and prefix scans come from memory and every write goes to both. Only this processor writes the store,
     * so the two never differ. The state is bounded by the matcher's window and maximum entries.
     */
    static final class MirroredState implements KeyValueState {
        private final KeyValueStore<String, byte[]> store;
        private final InMemoryState memory = new InMemoryState();

        MirroredState(KeyValueStore<String, byte[]> store) {
            this.store = store;
            try (KeyValueIterator<String, byte[]> all = store.all()) {
                all.forEachRemaining(kv -> memory.put(kv.key, kv.value));
            }
        }

        @Override
        public byte[] get(String key) {
            return memory.get(key);
        }

        @Override
        public void put(String key, byte[] value) {
            store.put(key, value);
            memory.put(key, value);
        }

        @Override
        public void delete(String key) {
            store.delete(key);
            memory.delete(key);
        }

        @Override
        public List<Map.Entry<String, byte[]>> prefixScan(String prefix) {
            return memory.prefixScan(prefix);
        }
    }
}
