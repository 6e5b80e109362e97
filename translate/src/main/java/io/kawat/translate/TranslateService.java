package io.kawat.translate;

import io.kawat.platform.config.Config;
import io.kawat.platform.streams.StreamsService;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The translate service: {@link TranslateTopology} run as a Kafka Streams service (application id
 * {@code kawat-translate}) with the engines the configuration makes available; their metrics are on the service's
 * {@code /metrics}. {@link #create} opens nothing: the engines' {@link TranslationService} (and its thread pool) is
 * made when the service starts and closed when it closes, after the Kafka Streams client that calls it.
 */
public final class TranslateService {
    private TranslateService() {}

    public static StreamsService create(Config config) {
        return create(config, TranslateService::engines);
    }

    /** As {@link #create(Config)} with another way to make the engines from the configuration and the metrics. */
    static StreamsService create(Config config, BiFunction<Config, MeterRegistry, TranslationService> engines) {
        List<String> editions = config.get(TranslateSettings.EDITIONS);
        return new StreamsService(
                config,
                new StreamsService.Definition(
                        "translate",
                        "kawat-translate",
                        config.get(TranslateSettings.PORT),
                        kafka -> List.of(
                                kafka.topics().enrichedStories(),
                                kafka.topics().storyTranslations(),
                                kafka.topics().storyTranslationRetries(),
                                kafka.topics().deadLetters(kafka.topics().enrichedStories()),
                                kafka.topics().deadLetters(kafka.topics().storyTranslations()),
                                kafka.topics().deadLetters(kafka.topics().storyTranslationRetries())),
                        scope -> TranslateTopology.build(
                                scope.kafka().topics(),
                                scope.keep(engines.apply(config, scope.metrics())),
                                editions,
                                Clock.systemUTC()),
                        TranslateService::tuning,
                        scope -> {}));
    }

    /**
     * Engine calls run inside the stream thread's transaction (exactly-once v2) and may take up to the engine
     * timeout each: give transactions and polls room beyond Kafka Streams' 10 s transaction timeout.
     */
    private static void tuning(Properties props) {
        props.put(StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG), (int)
                TimeUnit.MINUTES.toMillis(5));
        props.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG), (int)
                TimeUnit.MINUTES.toMillis(10));
    }

    /** The engines the configuration makes available. */
    static TranslationService engines(Config config, MeterRegistry metrics) {
        return new TranslationService(
                TranslationSettings.config(config),
                TranslationEngines.fromConfig(config, metrics),
                TranslationCache.inMemory(config.get(TranslationSettings.CACHE_ENTRIES)),
                metrics);
    }
}
