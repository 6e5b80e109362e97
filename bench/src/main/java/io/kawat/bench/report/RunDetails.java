package io.kawat.bench.report;

import io.kawat.bench.load.LoadReport;
import io.kawat.bench.load.MemoryProbe;
import java.util.Map;

/** One load run as a Markdown section. */
final class RunDetails {

    private RunDetails() {}

    static void append(StringBuilder md, String name, LoadReport r) {
        LoadReport.Generated g = r.generated();
        LoadReport.Stages s = r.stages();
        LoadReport.Outcome o = r.outcome();
        md.append("## Load run: ")
                .append(r.description())
                .append(" (`")
                .append(name)
                .append("`)\n\n")
                .append(ResultsMarkdown.fmt(
                        "- generated: %,d story versions (%,d first versions, %,d updates, %,d kills)"
                                + " telling %,d events of 2 to 5 sources each; %,d documents, %,d bytes, sent in %.1f s%n",
                        g.versions(),
                        g.firsts(),
                        g.updates(),
                        g.kills(),
                        g.events(),
                        r.sent().documents(),
                        r.sent().bytes(),
                        r.sent().seconds()))
                .append(ResultsMarkdown.fmt(
                        "- ingest accepted %,d, unchanged %,d, refused %,d%n",
                        r.sent().accepted(), r.sent().unchanged(), r.sent().rejected()))
                .append(ResultsMarkdown.fmt(
                        "- **%.1f stories/s** end to end (last article %.1f s after the first send);"
                                + " stage rates: ingest %.1f/s (done after %.1f s), enrich %.1f/s (done after %.1f s)%n",
                        s.storiesPerSecond(),
                        s.publishSeconds(),
                        s.ingestPerSecond(),
                        s.ingestSeconds(),
                        s.enrichPerSecond(),
                        s.enrichSeconds()))
                .append(ResultsMarkdown.fmt(
                        "- Kawat made %,d article records (%,d articles, %,d event clusters; %,d"
                                + " stories flagged as syndicated copies; %,d withdrawals)%n",
                        o.articleRecords(), o.articles(), o.clusters(), o.syndicatedCopies(), o.withdrawals()))
                .append(ResultsMarkdown.fmt(
                        "- dead letters: %,d%s; versions never shown: %,d%s%n",
                        o.deadLetters(),
                        o.deadLetterSample().isEmpty()
                                ? ""
                                : " (e.g. " + o.deadLetterSample().get(0) + ")",
                        r.missing(),
                        r.missingSample().isEmpty() ? "" : " (e.g. " + r.missingSample() + ")"))
                .append(ResultsMarkdown.fmt(
                        "- peak resident memory: services' JVM %,d MiB",
                        r.memory().processPeakMiB()));
        for (MemoryProbe.ProcessPeak p : r.memory().children()) {
            md.append(ResultsMarkdown.fmt(", %s %,d MiB", p.name(), p.peakMiB()));
        }
        md.append(ResultsMarkdown.fmt("; total %,d MiB%n", r.memory().totalPeakMiB()))
                .append("- load average at start / end: ")
                .append(r.window().loadAtStart())
                .append(" / ")
                .append(r.window().loadAtEnd())
                .append("\n");
        cpu(md, r);
        md.append(
                "| latency, ms from ingest receipt to the first article showing it | count | p50 | p90 | p99 | p99.9 |"
                        + " max |\n|---|---|---|---|---|---|---|\n");
        row(md, "all versions", r.latency().all());
        row(md, "first versions", r.latency().firsts());
        row(md, "updates", r.latency().updates());
        row(md, "kills", r.latency().kills());
        if (r.baseline() != null) {
            LoadReport.Baseline b = r.baseline();
            md.append(ResultsMarkdown.fmt(
                    "%nBare Kafka Streams passthrough of the same records (same broker, same serde,"
                            + " exactly-once v2, same runner settings): %,d records in %.1f s = %.1f records/s; Kawat's %.1f"
                            + " stories/s is **ratio %.3f**.%n",
                    b.records(), b.seconds(), b.recordsPerSecond(), s.storiesPerSecond(), b.ratio()));
        }
        md.append('\n');
    }

    private static void row(StringBuilder md, String what, LoadReport.Percentiles p) {
        md.append(ResultsMarkdown.fmt(
                "| %s | %,d | %d | %d | %d | %d | %d |%n",
                what, p.count(), p.p50(), p.p90(), p.p99(), p.p999(), p.max()));
    }

    /** CPU per story version: what a story costs, nearly independent of how busy the machine was. */
    private static void cpu(StringBuilder md, LoadReport r) {
        if (r.cpuMillis() == null || r.cpuMillis().isEmpty()) {
            md.append("\n");
            return;
        }
        long versions = Math.max(1, r.sent().accepted());
        md.append("- CPU per story version (ms of CPU time, first send to last article):");
        String sep = " ";
        for (Map.Entry<String, Long> e : r.cpuMillis().entrySet()) {
            md.append(sep).append(e.getKey()).append(ResultsMarkdown.fmt(" %.2f", e.getValue() / (double) versions));
            sep = "; ";
        }
        md.append("\n\n");
    }
}
