package io.kawat.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kawat.bench.load.LoadReport;
import io.kawat.bench.report.ResultsMarkdown;
import io.kawat.platform.SuppressForbidden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes {@code bench/RESULTS.md} from what {@code bench/run} left in {@code target/results}: the JMH scores, the
 * load runs (backfill via push, backfill direct with the passthrough baseline, steady via push) and the JFR profile
 * of the direct backfill, and the translation bench (when {@code translation.json} is there). The hand-written
 * analysis between the {@code <!-- analysis -->} markers of the previous file is kept.
 *
 * <pre>ResultsReport RESULTS_DIR RESULTS_MD COMMAND MINUTES</pre>
 */
public final class ResultsReport {

    private ResultsReport() {}

    @SuppressForbidden(reason = "a command-line main: says where it wrote")
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/results");
        Path out = Path.of(args.length > 1 ? args[1] : "RESULTS.md");
        String command = args.length > 2 ? args[2] : "bench/run";
        String minutes = args.length > 3 ? args[3] : "?";
        ObjectMapper json = new ObjectMapper();
        Map<String, LoadReport> runs = new LinkedHashMap<>();
        for (String name : new String[] {"backfill-push", "backfill-direct", "steady-push"}) {
            Path file = dir.resolve(name + ".json");
            if (Files.exists(file)) {
                runs.put(name, json.readValue(file.toFile(), LoadReport.class));
            }
        }
        String previous = Files.exists(out) ? Files.readString(out) : "";
        String markdown = new ResultsMarkdown(dir, runs, command, minutes).render(previous);
        Files.writeString(out, markdown);
        System.out.println("wrote " + out.toAbsolutePath());
    }
}
