package io.kawat.bench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a JFR recording of a load run spent its CPU, within a time window: execution samples by thread group (the
 * enrich and publish stream threads, ingest's HTTP threads, Kafka clients, the driver), the hottest methods, and the
 * hottest Kawat methods (first {@code io.kawat} frame of each sample) per stream thread; plus the average CPU load of
 * the JVM and of the machine.
 */
public final class JfrHotSpots {

    /** Counts of one recording. */
    public record Profile(
            long samples,
            Map<String, Long> byThread,
            Map<String, Long> topMethods,
            Map<String, Map<String, Long>> kawatByThread,
            double jvmCpu,
            double machineCpu) {}

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private JfrHotSpots() {}

    /** Reads the recording, keeping events between {@code from} and {@code to}. */
    public static Profile read(Path recording, Instant from, Instant to) throws IOException {
        Map<String, Long> byThread = new HashMap<>();
        Map<String, Long> methods = new HashMap<>();
        Map<String, Map<String, Long>> kawat = new HashMap<>();
        double jvm = 0;
        double machine = 0;
        long loads = 0;
        long samples = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent e = file.readEvent();
                if (e.getStartTime().isBefore(from) || e.getStartTime().isAfter(to)) {
                    continue;
                }
                String type = e.getEventType().getName();
                if (type.equals("jdk.CPULoad")) {
                    jvm += e.getFloat("jvmUser") + e.getFloat("jvmSystem");
                    machine += e.getFloat("machineTotal");
                    loads++;
                } else if (type.equals("jdk.ExecutionSample")) {
                    samples++;
                    RecordedThread thread = e.getThread("sampledThread");
                    String group = group(thread == null ? "?" : thread.getJavaName());
                    byThread.merge(group, 1L, Long::sum);
                    RecordedStackTrace stack = e.getStackTrace();
                    if (stack != null && !stack.getFrames().isEmpty()) {
                        methods.merge(name(stack.getFrames().get(0)), 1L, Long::sum);
                        String own = firstKawatFrame(stack.getFrames());
                        if (own != null) {
                            kawat.computeIfAbsent(group, g -> new HashMap<>()).merge(own, 1L, Long::sum);
                        }
                    }
                }
            }
        }
        Map<String, Map<String, Long>> kawatTop = new LinkedHashMap<>();
        top(byThread, 20).keySet().forEach(g -> {
            if (kawat.containsKey(g)) {
                kawatTop.put(g, top(kawat.get(g), 10));
            }
        });
        return new Profile(
                samples,
                top(byThread, 12),
                top(methods, 15),
                kawatTop,
                loads == 0 ? 0 : jvm / loads,
                loads == 0 ? 0 : machine / loads);
    }

    /** A readable thread group for a thread name. */
    static String group(String name) {
        if (name.contains("kawat-enrich") && name.contains("StreamThread")) {
            return "enrich stream thread";
        }
        if (name.contains("kawat-publish") && name.contains("StreamThread")) {
            return "publish stream thread";
        }
        if (name.contains("kawat-translate") && name.contains("StreamThread")) {
            return "translate stream thread";
        }
        if (name.startsWith("JettyServerThreadPool") || name.startsWith("qtp")) {
            return "ingest HTTP threads (push: parse, version gate, produce)";
        }
        if (name.startsWith("kafka-producer-network-thread")) {
            return "Kafka producer I/O threads";
        }
        if (name.startsWith("bench-watcher")
                || name.startsWith("bench-progress")
                || name.startsWith("bench-baseline")) {
            return "load driver (" + name + ")";
        }
        return DIGITS.matcher(name).replaceAll("N");
    }

    private static String firstKawatFrame(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            String n = name(f);
            if (n.startsWith("io.kawat.") && !n.startsWith("io.kawat.bench.")) {
                return n;
            }
        }
        return null;
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static Map<String, Long> top(Map<String, Long> counts, int n) {
        List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Long> out = new LinkedHashMap<>();
        entries.stream().limit(n).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
