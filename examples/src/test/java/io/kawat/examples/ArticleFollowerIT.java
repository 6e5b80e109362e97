package io.kawat.examples;

import static io.kawat.examples.Articles.version;
import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.PubStatus;
import io.kawat.schemas.registry.RegistryClientConfig;
import io.kawat.schemas.registry.RestSchemaRegistryClient;
import io.kawat.schemas.serde.AvroSerdes;
import io.kawat.schemas.serde.SerdeConfig;
import io.kawat.testkit.KawatStack;
import io.kawat.testkit.KawatStackExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The example consumer against the real broker and registry: articles written as Kawat writes them (Avro through the
 * registry, a compacted topic), including a repeat and a withdrawal; the follower prints one line per change and
 * nothing for the repeat, then a second run of the same group resumes without printing anything again.
 */
@ExtendWith(KawatStackExtension.class)
class ArticleFollowerIT {

    @Test
    void shouldPrintOneLinePerChangeAndHonourWithdrawals(KawatStack stack) throws Exception {
        String topic = stack.uniqueName("articles");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1).configs(Map.of("cleanup.policy", "compact"))))
                    .all()
                    .get();
        }
        Serializer<Article> values = AvroSerdes.specific(
                        Article.class,
                        new RestSchemaRegistryClient(RegistryClientConfig.of(stack.registryUrl())),
                        SerdeConfig.defaults(),
                        false)
                .serializer();
        try (KafkaProducer<String, Article> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()),
                new StringSerializer(),
                values)) {
            for (Article a : List.of(
                    version("kawat:article:nato:en", 1, PubStatus.USABLE, "Blinken pledges to rebuild ties"),
                    version("kawat:article:nato:en", 2, PubStatus.USABLE, "Blinken pledges to rebuild NATO ties"),
                    version("kawat:article:nato:en", 2, PubStatus.USABLE, "Blinken pledges to rebuild NATO ties"),
                    version("kawat:article:quake:en", 1, PubStatus.USABLE, "Quake shakes Java"),
                    version("kawat:article:quake:en", 2, PubStatus.CANCELED, "Quake shakes Java"))) {
                producer.send(new ProducerRecord<>(topic, a.getUri(), a)).get();
            }
        }
        String group = stack.uniqueName("follower");

        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ArticleLedger ledger = new ArticleFollower(
                        stack.bootstrapServers(), stack.registryUrl(), topic, group, Duration.ofSeconds(3))
                .run(new PrintStream(first, true, StandardCharsets.UTF_8));

        assertThat(first.toString(StandardCharsets.UTF_8).lines())
                .containsExactlyInAnyOrder(
                        "NEW kawat:article:nato:en v1 [en] Blinken pledges to rebuild ties",
                        "UPDATED kawat:article:nato:en v2 [en] Blinken pledges to rebuild NATO ties",
                        "NEW kawat:article:quake:en v1 [en] Quake shakes Java",
                        "WITHDRAWN kawat:article:quake:en v2 [en] Quake shakes Java");
        assertThat(ledger.published()).isOne();

        ByteArrayOutputStream second = new ByteArrayOutputStream();
        new ArticleFollower(stack.bootstrapServers(), stack.registryUrl(), topic, group, Duration.ofSeconds(2))
                .run(new PrintStream(second, true, StandardCharsets.UTF_8));
        assertThat(second.toString(StandardCharsets.UTF_8))
                .as("resumed from committed offsets")
                .isEmpty();
    }
}
