package io.kawat.bench.jmh;

import io.kawat.fixtures.WireFiles;
import io.kawat.ingest.internal.parse.ParseContext;
import io.kawat.ingest.internal.parse.ParseLimits;
import io.kawat.ingest.internal.parse.ParsedDocument;
import io.kawat.ingest.internal.parse.WireParseException;
import io.kawat.ingest.internal.parse.WireParsers;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing one wire document per format with {@link WireParsers} (format sniffing, charset decoding, hardened XML or
 * JSON reading, mapping, HTML sanitising, content hash). The baseline is {@link ParseBaselineBenchmark}: reading the
 * same bytes without parsing them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms256m", "-Xmx1g", "-XX:+UseSerialGC"})
public class ParseBenchmark {

    @Param({"RSS", "RDF", "ATOM", "NEWSML_G2", "NEWSML_1", "NITF", "NINJS", "AP_MEDIA", "IPTC7901", "ANPA"})
    public String format;

    private byte[] document;
    private WireParsers parsers;
    private ParseContext ctx;

    @Setup
    public void setUp() {
        document = WireFiles.bytes(Fixtures.BY_FORMAT.get(format));
        parsers = new WireParsers(ParseLimits.defaults());
        ctx = BenchData.context();
    }

    @Benchmark
    public ParsedDocument parse() throws WireParseException {
        return parsers.parse(document, null, ctx);
    }
}
