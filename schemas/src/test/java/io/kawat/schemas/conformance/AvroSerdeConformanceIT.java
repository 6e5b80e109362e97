package io.kawat.schemas.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.kawat.schemas.OlderWireStory;
import io.kawat.schemas.SampleRecords;
import io.kawat.schemas.Topic;
import io.kawat.schemas.Topics;
import io.kawat.schemas.TopicsConfig;
import io.kawat.schemas.avro.PubStatus;
import io.kawat.schemas.avro.WireStory;
import io.kawat.schemas.registry.CompatibilityLevel;
import io.kawat.schemas.registry.RegistryClientConfig;
import io.kawat.schemas.registry.RestSchemaRegistryClient;
import io.kawat.schemas.registry.SubjectNotFoundException;
import io.kawat.schemas.serde.AvroSerdes;
import io.kawat.schemas.serde.CorruptPayloadException;
import io.kawat.schemas.serde.SchemaRegistrationException;
import io.kawat.schemas.serde.SerdeConfig;
import io.kawat.schemas.serde.UnknownSchemaIdException;
import io.kawat.testkit.KawatStack;
import io.kawat.testkit.KawatStackExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Avro serde against a real registry (and, once, a real broker): every schema round trips, an older version is
 * read with the current class, corrupt bytes give typed errors. Readers use a fresh registry client, so the writer
 * schema really comes from the registry by id.
 */
@ExtendWith(KawatStackExtension.class)
class AvroSerdeConformanceIT {

    @Test
    void shouldRoundTripEverySchemaWhenTheRegistryIsReal(KawatStack stack) {
        String prefix = stack.uniqueName("round-trip") + ".";
        List<Topic<String, ? extends SpecificRecord>> writing = valueTopics(topics(stack, prefix));
        List<Topic<String, ? extends SpecificRecord>> reading = valueTopics(topics(stack, prefix));

        for (int i = 0; i < writing.size(); i++) {
            SpecificRecord record = SampleRecords.all().get(i);
            byte[] bytes = serialize(writing.get(i), record);
            Deserializer<? extends SpecificRecord> reader =
                    reading.get(i).valueSerde().deserializer();

            assertThat(reader.deserialize(writing.get(i).name(), bytes)).isEqualTo(record);
        }
        assertThat(client(stack).subjects())
                .contains(
                        prefix + "wire.stories.v1-value",
                        prefix + "news.enriched.v1-value",
                        prefix + "news.articles.v1-value",
                        prefix + "ingest.feed-status.v1-value",
                        prefix + "ingest.commands.v1-value");
    }

    @Test
    void shouldReadAnOlderVersionRecordWithTheCurrentClassWhenTheSubjectEvolved(KawatStack stack) {
        String topic = stack.uniqueName("evolve");
        RestSchemaRegistryClient writer = client(stack);
        byte[] old = AvroSerdes.generic(writer, SerdeConfig.defaults(), false)
                .serializer()
                .serialize(topic, OlderWireStory.record());
        writer.setSubjectCompatibility(topic + "-value", CompatibilityLevel.BACKWARD);
        AvroSerdes.specific(WireStory.class, writer, SerdeConfig.defaults(), false)
                .serializer()
                .serialize(topic, SampleRecords.wireStory());

        WireStory story = AvroSerdes.specific(WireStory.class, client(stack), SerdeConfig.defaults(), false)
                .deserializer()
                .deserialize(topic, old);

        assertThat(client(stack).versions(topic + "-value")).containsExactly(1, 2);
        assertThat(story.getStoryId()).isEqualTo("afp:old-1");
        assertThat(story.getPubStatus()).isEqualTo(PubStatus.WITHHELD);
        assertThat(story.getSourceName()).isEmpty();
        assertThat(story.getSignals()).isEmpty();
        assertThat(story.getMedia()).isEmpty();
    }

    @Test
    void shouldRaiseTypedErrorsWhenBytesAreCorrupt(KawatStack stack) {
        String topic = stack.uniqueName("corrupt");
        Serde<WireStory> serde = AvroSerdes.specific(WireStory.class, client(stack), SerdeConfig.defaults(), false);
        byte[] good = serde.serializer().serialize(topic, SampleRecords.wireStory());
        Deserializer<WireStory> reader = AvroSerdes.specific(
                        WireStory.class, client(stack), SerdeConfig.defaults(), false)
                .deserializer();
        byte[] badMagic = Arrays.copyOf(good, good.length);
        badMagic[0] = 1;
        byte[] unknownId = Arrays.copyOf(good, good.length);
        unknownId[1] = 0x77;

        assertThatThrownBy(() -> reader.deserialize(topic, badMagic)).isInstanceOf(CorruptPayloadException.class);
        assertThatThrownBy(() -> reader.deserialize(topic, Arrays.copyOf(good, good.length - 7)))
                .isInstanceOf(CorruptPayloadException.class);
        assertThatThrownBy(() -> reader.deserialize(topic, unknownId)).isInstanceOf(UnknownSchemaIdException.class);
        assertThat(reader.deserialize(topic, good)).isEqualTo(SampleRecords.wireStory());
    }

    @Test
    void shouldNotRegisterWhenAutoRegistrationIsOff(KawatStack stack) {
        String topic = stack.uniqueName("no-auto");
        var serializer = AvroSerdes.specific(WireStory.class, client(stack), SerdeConfig.production(), false)
                .serializer();

        assertThatThrownBy(() -> serializer.serialize(topic, SampleRecords.wireStory()))
                .isInstanceOf(SchemaRegistrationException.class);
        assertThatThrownBy(() -> client(stack).versions(topic + "-value")).isInstanceOf(SubjectNotFoundException.class);
    }

    @Test
    void shouldDeliverTheRecordWhenProducedAndConsumedThroughTheBroker(KawatStack stack) throws Exception {
        Topic<String, WireStory> topic =
                topics(stack, stack.uniqueName("broker") + ".").wireStories();
        Map<String, Object> common = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        try (Admin admin = Admin.create(common)) {
            admin.createTopics(List.of(new NewTopic(topic.name(), 1, (short) 1)))
                    .all()
                    .get();
        }
        try (KafkaProducer<String, WireStory> producer = new KafkaProducer<>(
                common, topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(topic.name(), "reuters:x", SampleRecords.wireStory()))
                    .get();
        }
        Map<String, Object> consumerConfig = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                stack.uniqueName("group"),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest");
        List<ConsumerRecord<String, WireStory>> received = new ArrayList<>();
        try (KafkaConsumer<String, WireStory> consumer = new KafkaConsumer<>(
                consumerConfig,
                topic.keySerde().deserializer(),
                topic.valueSerde().deserializer())) {
            consumer.subscribe(List.of(topic.name()));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
                return !received.isEmpty();
            });
        }

        assertThat(received).singleElement().satisfies(record -> {
            assertThat(record.key()).isEqualTo("reuters:x");
            assertThat(record.value()).isEqualTo(SampleRecords.wireStory());
        });
    }

    private static Topics topics(KawatStack stack, String prefix) {
        return Topics.create(TopicsConfig.defaults().withNamePrefix(prefix), client(stack));
    }

    private static RestSchemaRegistryClient client(KawatStack stack) {
        return new RestSchemaRegistryClient(RegistryClientConfig.of(stack.registryUrl()));
    }

    @SuppressWarnings("unchecked")
    private static byte[] serialize(Topic<String, ? extends SpecificRecord> topic, Object record) {
        return ((Serde<Object>) (Serde<?>) topic.valueSerde()).serializer().serialize(topic.name(), record);
    }

    /** The five Avro value topics, in the order of {@link SampleRecords#all()}. */
    private static List<Topic<String, ? extends SpecificRecord>> valueTopics(Topics topics) {
        return List.of(
                topics.wireStories(),
                topics.enrichedStories(),
                topics.articles(),
                topics.feedStatus(),
                topics.feedCommands());
    }
}
