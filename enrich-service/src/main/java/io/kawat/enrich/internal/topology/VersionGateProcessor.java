package io.kawat.enrich.internal.topology;

import io.kawat.schemas.avro.PubStatus;
import io.kawat.schemas.avro.WireStory;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a story version through only when it is newer than the last one seen for its story.
 *
 * <p>Store {@value #STORE}: key = story id, value = the highest version sequence forwarded. Grows with the number
 * of distinct stories; compacted changelog. Kills and withholds are newer versions by construction (ingest numbers
 * them) and pass at once: they are never held back.
 */
final class VersionGateProcessor implements FixedKeyProcessor<String, WireStory, WireStory> {
    static final String STORE = "enrich-last-version";
    private static final Logger log = LoggerFactory.getLogger(VersionGateProcessor.class);

    private FixedKeyProcessorContext<String, WireStory> context;
    private KeyValueStore<String, Long> lastVersion;

    @Override
    public void init(FixedKeyProcessorContext<String, WireStory> context) {
        this.context = context;
        this.lastVersion = context.getStateStore(STORE);
    }

    @Override
    public void process(FixedKeyRecord<String, WireStory> record) {
        WireStory story = record.value();
        Long last = lastVersion.get(record.key());
        boolean kill = story.getPubStatus() != PubStatus.USABLE;
        if (last != null && story.getVersionSeq() <= last && !kill) {
            log.info(
                    "Dropped stale version {} of {} (last {}) at {}",
                    story.getVersionSeq(),
                    record.key(),
                    last,
                    context.recordMetadata()
                            .map(m -> m.topic() + "-" + m.partition() + "@" + m.offset())
                            .orElse("?"));
            return;
        }
        lastVersion.put(record.key(), Math.max(story.getVersionSeq(), last == null ? 0 : last));
        context.forward(record);
    }
}
