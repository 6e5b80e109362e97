package io.kawat.bench.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CPU time spent during a run, which, unlike wall time, hardly depends on what else the machine is doing: per
 * service (threads whose names carry {@code kawat-<service>}: stream threads, their producers and consumers), the
 * rest of this JVM (the load driver, JIT, GC) and each child process (broker, registry). Threads that end during the
 * run are not counted (stream threads live as long as the run).
 */
public final class CpuProbe {
    private static final Logger LOG = LoggerFactory.getLogger(CpuProbe.class);
    private static final List<String> SERVICES = List.of("ingest", "enrich", "translate", "publish");
    private static final long TICKS_PER_SECOND = 100;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> threadStart = new TreeMap<>();
    private final Map<Long, Long> childStart = new TreeMap<>();
    private final long processStart;

    private CpuProbe() {
        for (long id : threads.getAllThreadIds()) {
            threadStart.put(id, Math.max(0, threads.getThreadCpuTime(id)));
        }
        ProcessHandle.current().descendants().forEach(p -> childStart.put(p.pid(), ticks(p.pid())));
        processStart = processCpuNanos();
    }

    /** Takes the starting snapshot. */
    public static CpuProbe start() {
        return new CpuProbe();
    }

    /** CPU milliseconds since the start, by consumer; "services' JVM" is the whole process. */
    public Map<String, Long> millisSinceStart() {
        Map<String, Long> out = new LinkedHashMap<>();
        SERVICES.forEach(s -> out.put(s, 0L));
        long services = 0;
        Map<String, Long> others = new TreeMap<>();
        for (long id : threads.getAllThreadIds()) {
            ThreadInfo info = threads.getThreadInfo(id);
            long now = threads.getThreadCpuTime(id);
            if (info == null || now < 0) {
                continue;
            }
            String service = serviceOf(info.getThreadName());
            if (service != null) {
                long ms = (now - threadStart.getOrDefault(id, 0L)) / 1_000_000;
                out.merge(service, ms, Long::sum);
                services += ms;
            } else {
                others.merge(
                        info.getThreadName().replaceAll("\\d+", "N"),
                        (now - threadStart.getOrDefault(id, 0L)) / 1_000_000,
                        Long::sum);
            }
        }
        others.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(8)
                .forEach(e -> LOG.info("CPU of other threads: {} ms {}", e.getValue(), e.getKey()));
        long process = (processCpuNanos() - processStart) / 1_000_000;
        out.put("driver, JIT, GC and other threads of the JVM", Math.max(0, process - services));
        out.put("services' JVM (all of the above)", process);
        ProcessHandle.current()
                .descendants()
                .forEach(p -> out.put(
                        MemoryProbe.nameOf(p),
                        (ticks(p.pid()) - childStart.getOrDefault(p.pid(), 0L)) * 1000 / TICKS_PER_SECOND));
        return out;
    }

    private static String serviceOf(String threadName) {
        String name = threadName.toLowerCase(Locale.ROOT);
        for (String s : SERVICES) {
            if (name.contains("kawat-" + s)) {
                return s;
            }
        }
        return null;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : 0;
    }

    /** utime + stime of a process, in clock ticks, from /proc; 0 where unreadable. */
    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
