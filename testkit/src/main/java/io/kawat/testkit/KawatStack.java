package io.kawat.testkit;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** What a test gets from {@link KawatStackExtension}: a real broker, a real registry and unique names. */
public interface KawatStack {
    /** Kafka bootstrap servers on 127.0.0.1. */
    String bootstrapServers();

    /** Base URL of the registry's Confluent-compatible REST API. */
    String registryUrl();

    /** Which infrastructure answers: "dev-stack" (child processes) or "testcontainers". */
    String kind();

    /** A name unique in this run, for topics, subjects, application ids and topic prefixes. */
    default String uniqueName(String base) {
        return Names.unique(base);
    }

    /** Unique names: a run id plus a counter, lower case, safe for topics and subjects. */
    final class Names {
        private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
        private static final AtomicInteger COUNTER = new AtomicInteger();

        private Names() {}

        static String unique(String base) {
            return (base + "-" + RUN + "-" + COUNTER.incrementAndGet()).toLowerCase(Locale.ROOT);
        }
    }
}
