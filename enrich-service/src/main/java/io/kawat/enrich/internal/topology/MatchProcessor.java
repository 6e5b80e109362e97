package io.kawat.enrich.internal.topology;

import io.kawat.enrich.internal.Analysis;
import io.kawat.enrich.internal.KeyValueState;
import io.kawat.enrich.internal.Match;
import io.kawat.enrich.internal.MatcherConfig;
import io.kawat.enrich.internal.StoryMatcher;
import io.kawat.schemas.avro.EnrichedStory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
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
 * by kind as the matcher documents; bounded by the matcher's window and maximum entries.
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
        this.matcher = new StoryMatcher(config, new StoreState(store));
    }

    @Override
    public void process(FixedKeyRecord<String, EnrichedStory> record) {
        EnrichedStory story = record.value();
        Match match = matcher.match(story.getStory(), analysisOf(story));
        EnrichedStory matched = EnrichedStory.newBuilder(story)
                .setDuplicateOf(match.duplicateOf()).setClusterId(match.clusterId()).build();
        context.forward(record.withValue(matched));
    }

    static Analysis analysisOf(EnrichedStory s) {
        return new Analysis(s.getParagraphs(), s.getLanguage(), s.getLanguageConfidence(), s.getDeclaredLanguage(),
                s.getEntities(), s.getTopics(), s.getKeywords(), s.getSummary(), s.getWordCount(), s.getReadingTimeMinutes());
    }

    /** The matcher's key-value state on a Kafka Streams store. */
    private record StoreState(KeyValueStore<String, byte[]> store) implements KeyValueState {
        @Override
        public byte[] get(String key) {
            return store.get(key);
        }

        @Override
        public void put(String key, byte[] value) {
            store.put(key, value);
        }

        @Override
        public void delete(String key) {
            store.delete(key);
        }

        @Override
        public List<Map.Entry<String, byte[]>> prefixScan(String prefix) {
            List<Map.Entry<String, byte[]>> entries = new ArrayList<>();
            try (KeyValueIterator<String, byte[]> it = store.prefixScan(prefix, new org.apache.kafka.common.serialization.StringSerializer())) {
                while (it.hasNext()) {
                    KeyValue<String, byte[]> kv = it.next();
                    entries.add(Map.entry(kv.key, kv.value));
                }
            }
            return entries;
        }
    }
}
