package io.kawat.reliability.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.platform.kafka.TopicProvisioner;
import io.kawat.reliability.Figures;
import io.kawat.reliability.poison.RawRecords;
import io.kawat.schemas.Topic;
import io.kawat.schemas.Topics;
import io.kawat.schemas.TopicsConfig;
import io.kawat.schemas.avro.WireStory;
import io.kawat.schemas.registry.CompatibilityLevel;
import io.kawat.schemas.registry.IncompatibleSchemaException;
import io.kawat.schemas.registry.RegistryClientConfig;
import io.kawat.schemas.registry.RestSchemaRegistryClient;
import io.kawat.schemas.serde.AvroSerdes;
import io.kawat.schemas.serde.SerdeConfig;
import io.kawat.testkit.KawatStack;
import io.kawat.testkit.KawatStackExtension;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A real Kawat schema evolves on the real registry: v1 (WireStory) and a v2 with two optional fields share one
 * subject under BACKWARD compatibility; records of both, in the Confluent wire format through Kawat's serde, are read
 * by a v1 consumer (the generated class) and a v2 consumer (generic, v2 reader schema); incompatible edits are
 * refused. Writes the "schema-evolution" section of docs/RELIABILITY.md.
 */
@ExtendWith(KawatStackExtension.class)
class SchemaEvolutionIT {
    private static final int PER_VERSION = 3;

    @Test
    void shouldReadOldAndNewRecordsWithEitherSchemaAndRefuseIncompatibleEditsWhenWireStoryEvolves(KawatStack stack)
            throws Exception {
        RestSchemaRegistryClient registry = new RestSchemaRegistryClient(RegistryClientConfig.of(stack.registryUrl()));
        Topics topics =
                Topics.create(TopicsConfig.defaults().withNamePrefix(stack.uniqueName("evolution") + "."), registry);
        Topic<String, WireStory> topic = topics.wireStories();
        String subject = SerdeConfig.defaults().strategy().subject(topic.name(), false, SchemaVersions.v1());
        registry.setSubjectCompatibility(subject, CompatibilityLevel.BACKWARD);
        int v1 = registry.register(subject, SchemaVersions.v1());
        int v2 = registry.register(subject, SchemaVersions.v2());

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            new TopicProvisioner(admin, (short) 1).ensure(List.of(topic), Duration.ofSeconds(30));
        }
        produce(stack, topic, registry);
        List<ConsumerRecord<String, byte[]>> records = RawRecords.readAll(stack.bootstrapServers(), topic.name());
        List<List<?>> rows = new ArrayList<>();
        List<WireStory> asV1 = records.stream()
                .map(r -> topic.valueSerde().deserializer().deserialize(topic.name(), r.value()))
                .toList();
        List<GenericRecord> asV2 = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            asV2.add(readWithV2(registry, r.value()));
        }
        rows.add(readRow(
                "v1 (WireStory.avsc, id " + v1 + ")",
                "v1 (generated WireStory)",
                count(records, v1),
                asV1.stream()
                        .filter(s -> s.getHeadline().toString().startsWith("v1 "))
                        .count()));
        rows.add(readRow(
                "v2 (+" + SchemaVersions.NOTE + ", +" + SchemaVersions.DESK + "; id " + v2 + ")",
                "v1 (generated WireStory)",
                count(records, v2),
                asV1.stream()
                        .filter(s -> s.getHeadline().toString().startsWith("v2 "))
                        .count()));
        rows.add(readRow(
                "v1",
                "v2 (generic reader)",
                count(records, v1),
                asV2.stream()
                        .filter(g -> g.get("headline").toString().startsWith("v1 ")
                                && g.get(SchemaVersions.NOTE) == null
                                && SchemaVersions.DESK_DEFAULT.equals(
                                        g.get(SchemaVersions.DESK).toString()))
                        .count()));
        rows.add(readRow(
                "v2",
                "v2 (generic reader)",
                count(records, v2),
                asV2.stream()
                        .filter(g -> g.get("headline").toString().startsWith("v2 ")
                                && "checked".equals(String.valueOf(g.get(SchemaVersions.NOTE)))
                                && "foreign".equals(g.get(SchemaVersions.DESK).toString()))
                        .count()));
        rows.add(List.of(
                "v2 registered after v1",
                "subject " + subject + " (BACKWARD)",
                "versions " + registry.versions(subject),
                v2 != v1 && registry.versions(subject).size() == 2 ? "ok" : "FAILED"));
        rows.add(refusedRow(
                registry, subject, "v3: required field without default", SchemaVersions.requiredFieldWithoutDefault()));
        rows.add(refusedRow(registry, subject, "v3: headline string → int", SchemaVersions.headlineAsInt()));
        boolean removalAllowed = registry.checkCompatibility(subject, SchemaVersions.withoutHeadline())
                .compatible();
        rows.add(List.of(
                "v3: required headline removed",
                "compatibility check only",
                "—",
                removalAllowed
                        ? "ok: allowed under BACKWARD (v3 readers ignore it); old v1 consumers would fail on v3 data"
                        : "FAILED: BACKWARD should allow a removal"));

        long failing = rows.stream()
                .filter(r -> !String.valueOf(r.get(3)).startsWith("ok"))
                .count();
        Figures.section(60, "schema-evolution", "Schema evolution on the real registry")
                .line("- %d evolution checks, %d failing", rows.size(), failing)
                .line(
                        "- registry %s; subject compatibility BACKWARD (the project's rule); %d v1 and %d v2 records on one"
                                + " topic, Confluent wire format, Kawat's serde",
                        stack.kind(), PER_VERSION, PER_VERSION)
                .table(List.of("producer schema", "consumer schema", "records read", "result"), rows)
                .write();

        assertThat(rows.stream()
                        .filter(r -> !String.valueOf(r.get(3)).startsWith("ok"))
                        .map(r -> r.get(0) + " → " + r.get(1) + ": " + r.get(3)))
                .isEmpty();
        assertThat(records).hasSize(2 * PER_VERSION);
    }

    private static void produce(KawatStack stack, Topic<String, WireStory> topic, RestSchemaRegistryClient registry) {
        var v2Serializer =
                AvroSerdes.generic(registry, SerdeConfig.defaults(), false).serializer();
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < PER_VERSION; i++) {
                WireStory story = Stories.wireStory("v1-" + i, "v1 story " + i);
                producer.send(new ProducerRecord<>(
                        topic.name(),
                        story.getStoryId(),
                        topic.valueSerde().serializer().serialize(topic.name(), story)));
                GenericRecord v2 = Stories.asV2(Stories.wireStory("v2-" + i, "v2 story " + i), SchemaVersions.v2());
                v2.put(SchemaVersions.NOTE, "checked");
                v2.put(SchemaVersions.DESK, "foreign");
                producer.send(new ProducerRecord<>(topic.name(), "v2-" + i, v2Serializer.serialize(topic.name(), v2)));
            }
        }
    }

    private static GenericRecord readWithV2(RestSchemaRegistryClient registry, byte[] bytes) throws IOException {
        Schema writer =
                registry.schemaById(java.nio.ByteBuffer.wrap(bytes, 1, 4).getInt());
        return new GenericDatumReader<GenericRecord>(writer, SchemaVersions.v2(), GenericData.get())
                .read(null, DecoderFactory.get().binaryDecoder(bytes, 5, bytes.length - 5, null));
    }

    private static long count(List<ConsumerRecord<String, byte[]>> records, int schemaId) {
        return records.stream()
                .filter(r -> java.nio.ByteBuffer.wrap(r.value(), 1, 4).getInt() == schemaId)
                .count();
    }

    private static List<?> readRow(String producer, String consumer, long produced, long read) {
        return List.of(
                producer,
                consumer,
                read + " of " + produced,
                read == PER_VERSION && produced == PER_VERSION ? "ok" : "FAILED");
    }

    private static List<?> refusedRow(RestSchemaRegistryClient registry, String subject, String what, Schema schema) {
        try {
            int id = registry.register(subject, schema);
            return List.of(what, "registration", "—", "FAILED: accepted as id " + id);
        } catch (IncompatibleSchemaException e) {
            return List.of(what, "registration", "—", "ok: refused, HTTP " + e.httpStatus());
        }
    }
}
