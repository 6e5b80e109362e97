package io.kawat.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kawat.platform.config.Config;
import io.kawat.platform.streams.StreamsService;
import io.kawat.publish.internal.compose.ArticleComposer;
import io.kawat.publish.internal.testing.NatoStories;
import io.kawat.schemas.Topic;
import io.kawat.schemas.Topics;
import io.kawat.schemas.TopicsConfig;
import io.kawat.schemas.avro.EnrichedStory;
import io.kawat.schemas.registry.RegistryClientConfig;
import io.kawat.schemas.registry.RestSchemaRegistryClient;
import io.kawat.testkit.KawatStack;
import io.kawat.testkit.KawatStackExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Two publish instances: a read that reaches the one without the article store is answered by the owner. */
@ExtendWith(KawatStackExtension.class)
class PublishForwardingIT {
    @TempDir
    Path home;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldForwardReadsToTheInstanceThatOwnsTheArticleStore(KawatStack stack) throws Exception {
        String prefix = stack.uniqueName("fwd") + ".";
        Topics topics = Topics.create(
                TopicsConfig.defaults().withNamePrefix(prefix),
                new RestSchemaRegistryClient(RegistryClientConfig.of(stack.registryUrl())));
        try (StreamsService first = start(stack, prefix, "a");
                StreamsService second = start(stack, prefix, "b")) {
            produce(
                    stack,
                    topics.enrichedStories(),
                    NatoStories.reuters().build(),
                    NatoStories.voa().build());
            String uri = ArticleComposer.uri(NatoStories.CLUSTER, "en");

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                HttpResponse<String> fromFirst = get(first, "/api/articles/" + uri);
                HttpResponse<String> fromSecond = get(second, "/api/articles/" + uri);
                assertThat(fromFirst.statusCode()).isEqualTo(200);
                assertThat(fromSecond.statusCode()).isEqualTo(200);
                assertThat(fromFirst.body()).isEqualTo(fromSecond.body());
                assertThat(List.of(fromFirst, fromSecond))
                        .as("exactly one answer came from the other instance")
                        .filteredOn(
                                r -> r.headers().firstValue("X-Kawat-Served-By").isPresent())
                        .hasSize(1);
            });
        }
    }

    private StreamsService start(KawatStack stack, String prefix, String instance) {
        Map<String, String> env = new HashMap<>();
        env.put("KAWAT_KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers());
        env.put("KAWAT_REGISTRY_URL", stack.registryUrl());
        env.put("KAWAT_TOPICS_PREFIX", prefix);
        env.put("KAWAT_DATA_DIR", home.resolve(instance).toString());
        env.put("KAWAT_PUBLISH_PORT", "0");
        env.put("KAWAT_INSTANCE_ID", instance);
        StreamsService service = PublishService.create(Config.load(PublishSettings.all(), null, env), env);
        service.start();
        return service;
    }

    private static void produce(KawatStack stack, Topic<String, EnrichedStory> topic, EnrichedStory... stories) {
        try (KafkaProducer<String, EnrichedStory> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", stack.bootstrapServers()),
                topic.keySerde().serializer(),
                topic.valueSerde().serializer())) {
            for (EnrichedStory story : stories) {
                producer.send(
                        new ProducerRecord<>(topic.name(), story.getStory().getStoryId(), story));
            }
        }
    }

    private HttpResponse<String> get(StreamsService service, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(service.http().url() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
