package io.kawat.bench.jmh;

import io.kawat.fixtures.WireFiles;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Baselines of {@link ParseBenchmark}, over the same ten fixtures at once: decoding their bytes as UTF-8 ("reading
 * the bytes") and a bare StAX pass over the XML ones (what any XML reading costs before mapping). Divide by the
 * fixtures' total size (in the results) to compare with one format's parse.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms256m", "-Xmx1g", "-XX:+UseSerialGC"})
public class ParseBaselineBenchmark {

    private final List<byte[]> documents = new ArrayList<>();
    private final List<byte[]> xml = new ArrayList<>();
    private XMLInputFactory factory;

    @Setup
    public void setUp() {
        for (String file : Fixtures.BY_FORMAT.values()) {
            byte[] bytes = WireFiles.bytes(file);
            documents.add(bytes);
            if (new String(bytes, 0, Math.min(bytes.length, 100), StandardCharsets.UTF_8)
                    .stripLeading()
                    .startsWith("<")) {
                xml.add(bytes);
            }
        }
        factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    @Benchmark
    public void readBytes(Blackhole hole) {
        for (byte[] d : documents) {
            hole.consume(new String(d, StandardCharsets.UTF_8));
        }
    }

    @Benchmark
    public void xmlScan(Blackhole hole) throws XMLStreamException {
        for (byte[] d : xml) {
            XMLStreamReader r = factory.createXMLStreamReader(new ByteArrayInputStream(d));
            int events = 0;
            while (r.hasNext()) {
                events += r.next();
            }
            r.close();
            hole.consume(events);
        }
    }
}
