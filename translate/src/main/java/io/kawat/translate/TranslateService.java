package io.kawat.translate;

import io.kawat.platform.config.Config;
import io.kawat.platform.streams.StreamsService;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The translate service: {@link TranslateTopology} run as a Kafka Streams service (application id
 * {@code kawat-translate}) with the engines the configuration makes available; their metrics are on the service's
 * {@code /metrics}. The engines' worker threads are daemons that end when idle.
 */
public final class TranslateService {
    private TranslateService() {}

    public static StreamsService create(Config config) {
        List<String> editions = config.get(TranslateSettings.EDITIONS);
        AtomicReference<StreamsService> self = new AtomicReference<>();
        StreamsService service = new StreamsService(
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
                        kafka -> TranslateTopology.build(
                                kafka.topics(), engines(config, self.get()), editions, Clock.systemUTC()),
                        TranslateService::tuning));
        self.set(service);
        return service;
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

    private static TranslationService engines(Config config, StreamsService service) {
        return new TranslationService(
                TranslationSettings.config(config),
                TranslationEngines.fromConfig(config, service.metrics()),
                TranslationCache.inMemory(config.get(TranslationSettings.CACHE_ENTRIES)),
                service.metrics());
    }
}
