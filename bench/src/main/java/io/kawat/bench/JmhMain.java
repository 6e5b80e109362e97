package io.kawat.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs Kawat's JMH benchmarks ({@code io.kawat.bench.jmh}) with the short settings their annotations carry (one fork,
 * 2 × 1 s warm-up, 3 × 1 s measurement; the matcher in batches of 1,000) and writes the results as JSON.
 *
 * <pre>JmhMain [INCLUDE_REGEX] [RESULT_FILE]</pre>
 *
 * defaults: every benchmark, {@code target/results/jmh.json}. The wire fixtures come from the class path (the
 * {@code fixtures} module).
 */
public final class JmhMain {

    private JmhMain() {}

    public static void main(String[] args) throws RunnerException, java.io.IOException {
        String include = args.length > 0 ? args[0] : "io\\.kawat\\.bench\\.jmh\\..*";
        Path result =
                Path.of(args.length > 1 ? args[1] : "target/results/jmh.json").toAbsolutePath();
        Files.createDirectories(result.getParent());
        Options options = new OptionsBuilder()
                .include(include)
                .resultFormat(ResultFormatType.JSON)
                .result(result.toString())
                .shouldFailOnError(true)
                .build();
        new Runner(options).run();
    }
}
