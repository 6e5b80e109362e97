package io.kawat.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Resident memory from {@code /proc}: this process's peak ({@code VmHWM}) and current ({@code VmRSS}) resident set,
 * and the peaks of its child processes (the dev stack's broker and registry). Zero where {@code /proc} is missing.
 */
public final class MemoryProbe {

    /** A process and its peak resident set in MiB. */
    public record ProcessPeak(long pid, String name, long peakMiB) {}

    private MemoryProbe() {}

    /** Peak resident set of this process, MiB. */
    public static long selfPeakMiB() {
        return kib(Path.of("/proc/self/status"), "VmHWM:") / 1024;
    }

    /** Current resident set of this process, MiB. */
    public static long selfRssMiB() {
        return kib(Path.of("/proc/self/status"), "VmRSS:") / 1024;
    }

    /** Peaks of every descendant process, named after their main class or program. */
    public static List<ProcessPeak> childPeaks() {
        List<ProcessPeak> out = new ArrayList<>();
        ProcessHandle.current().descendants().forEach(p -> {
            long peak = kib(Path.of("/proc", Long.toString(p.pid()), "status"), "VmHWM:") / 1024;
            if (peak > 0) {
                out.add(new ProcessPeak(p.pid(), nameOf(p), peak));
            }
        });
        return out;
    }

    /** The 1, 5 and 15 minute load averages from {@code /proc/loadavg}, or "?" without it. */
    public static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | ArrayIndexOutOfBoundsException e) {
            return "?";
        }
    }

    /** A child process's name: its main class or program. */
    static String nameOf(ProcessHandle p) {
        String cmd;
        try {
            cmd = Files.readString(Path.of("/proc", Long.toString(p.pid()), "cmdline"))
                    .toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            cmd = "";
        }
        if (cmd.contains("apicurio")) {
            return "schema registry (Apicurio)";
        }
        if (cmd.contains("kafka")) {
            return "Kafka broker";
        }
        return p.info().command().map(c -> Path.of(c).getFileName().toString()).orElse("process " + p.pid());
    }

    private static long kib(Path status, String field) {
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
                if (line.startsWith(field)) {
                    return Long.parseLong(
                            line.substring(field.length()).replace("kB", "").strip());
                }
            }
            return 0;
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }
}
