package io.kawat.reliability.harness;

import io.kawat.reliability.harness.ServiceProcesses.Service;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.function.LongSupplier;
import org.awaitility.Awaitility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kills services at random moments on its own thread: a seeded plan names {@code kills} targets spread over ingest,
 * enrich and publish (each at least {@code kills / 3} times, in random order) and, for each, a random point of the
 * run's progress (kill i of k at a random point of the i-th k-th of 3%..95% of {@code total}), so the kills are spread
 * over the whole run whatever its speed. At its point it SIGKILLs the target, waits until it is dead, starts it again
 * with the same data directory and instance settings and waits until it is ready.
 */
public final class Chaos implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Chaos.class);

    private final ServiceProcesses services;
    private final List<Service> plan;
    private final long[] thresholds;
    private final LongSupplier progress;
    private final Map<Service, Integer> done = new EnumMap<>(Service.class);
    private final CountDownLatch stop = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean finished;
    private volatile Throwable failure;

    /** Chaos that kills {@code kills} times as {@code progress} goes from 0 to {@code total}. */
    public Chaos(ServiceProcesses services, int kills, long seed, LongSupplier progress, long total) {
        this.services = services;
        this.progress = progress;
        Random random = new Random(seed);
        this.thresholds = new long[kills];
        for (int i = 0; i < kills; i++) {
            thresholds[i] = Math.round(total * (0.03 + 0.92 * (i + random.nextDouble()) / kills));
        }
        List<Service> targets = new ArrayList<>();
        Service[] all = Service.values();
        for (int i = 0; i < kills; i++) {
            targets.add(i < kills - kills % all.length ? all[i % all.length] : all[random.nextInt(all.length)]);
        }
        Collections.shuffle(targets, random);
        this.plan = List.copyOf(targets);
        this.thread = new Thread(this::run, "chaos");
        thread.setDaemon(true);
    }

    /** Starts killing. */
    public Chaos start() {
        log.info("chaos plan: {} at progress {}", plan, java.util.Arrays.toString(thresholds));
        thread.start();
        return this;
    }

    private void run() {
        try {
            for (int i = 0; i < plan.size(); i++) {
                Service target = plan.get(i);
                long threshold = thresholds[i];
                Awaitility.await("progress " + threshold)
                        .atMost(Duration.ofMinutes(30))
                        .pollInSameThread()
                        .pollInterval(Duration.ofMillis(100))
                        .until(() -> stop.getCount() == 0 || progress.getAsLong() >= threshold);
                if (stop.getCount() == 0) {
                    return;
                }
                services.kill(target);
                services.start(target);
                services.awaitReady(target);
                synchronized (done) {
                    done.merge(target, 1, Integer::sum);
                }
                log.info("chaos: {} of {} kills done ({} restarted and ready)", total(), plan.size(), target.id());
            }
        } catch (RuntimeException e) {
            failure = e;
            log.error("chaos stopped", e);
        } finally {
            finished = true;
        }
    }

    /** True when every planned kill is done (or chaos stopped). */
    public boolean finished() {
        return finished;
    }

    /** The error that stopped chaos, or null. */
    public Throwable failure() {
        return failure;
    }

    /** Kills done per service (services never killed included, with 0). */
    public Map<Service, Integer> killsByService() {
        Map<Service, Integer> copy = new EnumMap<>(Service.class);
        for (Service s : Service.values()) {
            synchronized (done) {
                copy.put(s, done.getOrDefault(s, 0));
            }
        }
        return copy;
    }

    /** Kills done. */
    public int total() {
        return killsByService().values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public void close() {
        stop.countDown();
        try {
            thread.join(Duration.ofMinutes(4).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
