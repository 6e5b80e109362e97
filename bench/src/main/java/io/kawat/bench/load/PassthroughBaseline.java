package io.kawat.bench.load;

import io.kawat.platform.kafka.KafkaClients;
import io.kawat.platform.streams.FailureBudget;
import io.kawat.platform.streams.StreamsRunner;
import io.kawat.schemas.avro.WireStory;
import io.kawat.schemas.registry.RegistryClientConfig;
import io.kawat.schemas.registry.RestSchemaRegistryClient;
import io.kawat.schemas.serde.AvroSerdes;
import io.kawat.schemas.serde.SerdeConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The baseline Kawat is measured against: a bare Kafka Streams passthrough ({@code builder.stream(in).to(out)}) with
 * the same WireStory serde (registry, Confluent wire format), exactly-once v2 and the same runner settings as Kawat's
 * services, on the same broker. The records Kawat received are produced to {@code in} the way the direct door
 * produces them (one transaction per 50), streamed through, and consumed from {@code out} with read_committed;
 * throughput is records over the time from the first produce to the last record consumed.
 */
public final class PassthroughBaseline {

    private static final Logger LOG = LoggerFactory.getLogger(PassthroughBaseline.class);
    private static final int PARTITIONS = 3;

    /** Records and seconds of the passthrough. */
    public record Result(long records, double seconds) {}

    private PassthroughBaseline() {}

    /**
     * Reads every record of {@code sourceTopic}, then passes them (repeated until there are at least
     * {@code minRecords}) through a bare Kafka Streams application.
     */
    public static Result run(
            String bootstrapServers, String registryUrl, String sourceTopic, int minRecords, Path stateDir) {
        String tag = "bench-passthrough-" + UUID.randomUUID().toString().substring(0, 8);
        try (RestSchemaRegistryClient registry = new RestSchemaRegistryClient(RegistryClientConfig.of(registryUrl))) {
            Serde<WireStory> serde = AvroSerdes.specific(WireStory.class, registry, SerdeConfig.defaults(), false);
            List<WireStory> records = TopicReader.readAll(bootstrapServers, sourceTopic, serde);
            if (records.isEmpty()) {
                throw new IllegalStateException("no records in " + sourceTopic + " to pass through");
            }
            String in = tag + ".in";
            String out = tag + ".out";
            createTopics(bootstrapServers, in, out);
            long total = Math.max(records.size(), minRecords);
            StreamsBuilder builder = new StreamsBuilder();
            builder.stream(in, Consumed.with(Serdes.String(), serde)).to(out, Produced.with(Serdes.String(), serde));
            Properties props = KafkaClients.of(bootstrapServers)
                    .streams(tag, stateDir.resolve(tag).toString());
            StreamsRunner streams = new StreamsRunner(
                    "passthrough",
                    builder.build(),
                    props,
                    new SimpleMeterRegistry(),
                    new FailureBudget(1, Duration.ofMinutes(1)),
                    Duration.ofSeconds(120));
            try (TopicReader.Counter counter = TopicReader.count(bootstrapServers, out, serde, total)) {
                streams.start();
                LOG.info(
                        "passthrough baseline: {} records ({} distinct) through {} -> {}",
                        total,
                        records.size(),
                        in,
                        out);
                long start = System.nanoTime();
                TopicReader.produce(bootstrapServers, in, serde, records, total, tag);
                long end = counter.awaitAll(Duration.ofMinutes(10));
                return new Result(total, (end - start) / 1e9);
            } finally {
                streams.close();
            }
        } catch (Exception e) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException("passthrough baseline failed", e);
        }
    }

    private static void createTopics(String bootstrapServers, String... names) {
        try (Admin admin = KafkaClients.of(bootstrapServers).admin(null)) {
            admin.createTopics(java.util.Arrays.stream(names)
                            .map(n -> new NewTopic(n, PARTITIONS, (short) 1))
                            .toList())
                    .all()
                    .get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the baseline's topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create the baseline's topics", e);
        }
    }
}
