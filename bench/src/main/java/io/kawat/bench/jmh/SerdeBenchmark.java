package io.kawat.bench.jmh;

import io.kawat.publish.internal.chrome.Chrome;
import io.kawat.publish.internal.compose.ArticleComposer;
import io.kawat.publish.internal.compose.ComposerConfig;
import io.kawat.schemas.avro.Article;
import io.kawat.schemas.avro.WireStory;
import io.kawat.schemas.registry.InMemorySchemaRegistryClient;
import io.kawat.schemas.serde.AvroSerdes;
import io.kawat.schemas.serde.SerdeConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.kafka.common.serialization.Serde;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Kawat's Avro serde ({@link AvroSerdes}: Confluent wire format, schema id from the registry client, here
 * {@link InMemorySchemaRegistryClient}) against plain Avro binary with a reused encoder and decoder as the baseline:
 * a serialise-then-deserialise round trip of a median-sized generated {@code WireStory} and of a three-source
 * roundup {@code Article}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms256m", "-Xmx1g", "-XX:+UseSerialGC"})
public class SerdeBenchmark {

    private WireStory story;
    private Article article;
    private Serde<WireStory> storySerde;
    private Serde<Article> articleSerde;
    private final SpecificDatumWriter<WireStory> storyWriter = new SpecificDatumWriter<>(WireStory.class);
    private final SpecificDatumReader<WireStory> storyReader = new SpecificDatumReader<>(WireStory.class);
    private final SpecificDatumWriter<Article> articleWriter = new SpecificDatumWriter<>(Article.class);
    private final SpecificDatumReader<Article> articleReader = new SpecificDatumReader<>(Article.class);
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
    private BinaryEncoder encoder;
    private BinaryDecoder decoder;

    @Setup
    public void setUp() {
        List<WireStory> stories = BenchData.stories(64, 23);
        story = stories.stream()
                .sorted(Comparator.comparingInt(s -> s.getBodyHtml().length()))
                .toList()
                .get(stories.size() / 2);
        Roundups roundups = new Roundups();
        article = new ArticleComposer(ComposerConfig.defaults(), Chrome.load())
                .compose(Roundups.CLUSTER, "en", roundups.members(3), null, roundups.related(50), Instant.now());
        InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
        storySerde = AvroSerdes.specific(WireStory.class, registry, SerdeConfig.defaults(), false);
        articleSerde = AvroSerdes.specific(Article.class, registry, SerdeConfig.defaults(), false);
    }

    @Benchmark
    public WireStory wireStoryKawatSerde() {
        byte[] bytes = storySerde.serializer().serialize("wire.stories.v1", story);
        return storySerde.deserializer().deserialize("wire.stories.v1", bytes);
    }

    @Benchmark
    public WireStory wireStoryRawAvro() throws IOException {
        return rawRoundTrip(story, storyWriter, storyReader);
    }

    @Benchmark
    public Article articleKawatSerde() {
        byte[] bytes = articleSerde.serializer().serialize("news.articles.v1", article);
        return articleSerde.deserializer().deserialize("news.articles.v1", bytes);
    }

    @Benchmark
    public Article articleRawAvro() throws IOException {
        return rawRoundTrip(article, articleWriter, articleReader);
    }

    private <T> T rawRoundTrip(T value, SpecificDatumWriter<T> writer, SpecificDatumReader<T> reader)
            throws IOException {
        buffer.reset();
        encoder = EncoderFactory.get().binaryEncoder(buffer, encoder);
        writer.write(value, encoder);
        encoder.flush();
        decoder = DecoderFactory.get().binaryDecoder(buffer.toByteArray(), decoder);
        return reader.read(null, decoder);
    }
}
