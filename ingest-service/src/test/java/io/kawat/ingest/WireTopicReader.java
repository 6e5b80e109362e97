package io.kawat.ingest;

import io.kawat.schemas.Topic;
import io.kawat.schemas.avro.WireStory;
import io.kawat.testkit.KawatStack;
import io.kawat.testkit.TopicReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test helpers for ingest ITs: the committed stories of a topic, and the environment of a service under test. */
final class WireTopicReader {
    private WireTopicReader() {}

    static List<WireStory> readAll(String bootstrapServers, Topic<String, WireStory> topic) {
        return TopicReader.readAll(
                bootstrapServers,
                topic.name(),
                topic.keySerde().deserializer(),
                topic.valueSerde().deserializer());
    }

    /** Settings pointing an ingest service at the test stack with its own topic prefix and a free port. */
    static Map<String, String> env(KawatStack stack, String prefix, String pushToken) {
        Map<String, String> env = new HashMap<>();
        env.put("KAWAT_KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers());
        env.put("KAWAT_REGISTRY_URL", stack.registryUrl());
        env.put("KAWAT_TOPICS_PREFIX", prefix);
        env.put("KAWAT_INGEST_PORT", "0");
        env.put("KAWAT_INGEST_PUSH_TOKEN", pushToken);
        return env;
    }
}
