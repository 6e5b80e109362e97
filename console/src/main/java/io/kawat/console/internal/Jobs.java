package io.kawat.console.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Long operations (replays) run one at a time in the background; each is a {@link Job} whose progress listeners
 * (the page, over SSE) see after every step. The last {@value #KEEP} jobs are kept for the page.
 */
final class Jobs implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Jobs.class);
    private static final int KEEP = 20;

    /** What a job does with its progress handle; an exception fails the job. */
    @FunctionalInterface
    interface Work {
        void run(Job job) throws Exception;
    }

    /** One long operation: what, by whom, how far. */
    static final class Job {
        private final long id;
        private final String title;
        private final String operator;
        private final Instant started;
        private final Consumer<Job> changed;
        private int total;
        private int done;
        private int failed;
        private String state = "QUEUED";
        private String message;

        private Job(long id, String title, String operator, int total, Instant started, Consumer<Job> changed) {
            this.id = id;
            this.title = title;
            this.operator = operator;
            this.total = total;
            this.started = started;
            this.changed = changed;
        }

        /** One step done ({@code ok}) or failed. */
        void step(boolean ok) {
            synchronized (this) {
                if (ok) {
                    done++;
                } else {
                    failed++;
                }
            }
            changed.accept(this);
        }

        synchronized int done() {
            return done;
        }

        synchronized int failed() {
            return failed;
        }

        synchronized String state() {
            return state;
        }

        private void finish(String newState, String newMessage) {
            synchronized (this) {
                state = newState;
                message = newMessage;
            }
            changed.accept(this);
        }

        synchronized Map<String, Object> view() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", id);
            json.put("title", title);
            json.put("operator", operator);
            json.put("started", started.toString());
            json.put("total", total);
            json.put("done", done);
            json.put("failed", failed);
            json.put("state", state);
            json.put("message", message);
            return json;
        }
    }

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kawat-console-jobs");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong ids = new AtomicLong();
    private final Deque<Job> recent = new ConcurrentLinkedDeque<>();
    private final List<Consumer<Map<String, Object>>> listeners = new CopyOnWriteArrayList<>();
    private final Clock clock;

    Jobs(Clock clock) {
        this.clock = clock;
    }

    void addListener(Consumer<Map<String, Object>> listener) {
        listeners.add(listener);
    }

    /** Queues {@code work} as a job of {@code total} steps; {@code after} runs when it ended, whatever the outcome. */
    Job submit(String title, String operator, int total, Work work, Consumer<Job> after) {
        Job job = new Job(ids.incrementAndGet(), title, operator, total, clock.instant(), j -> {
            Map<String, Object> view = j.view();
            listeners.forEach(l -> l.accept(view));
        });
        recent.addFirst(job);
        while (recent.size() > KEEP) {
            recent.removeLast();
        }
        job.changed.accept(job);
        executor.execute(() -> {
            job.finish("RUNNING", null);
            try {
                work.run(job);
                job.finish(
                        job.failed() == 0 ? "DONE" : "DONE_WITH_FAILURES",
                        job.done() + " of " + job.total + " done"
                                + (job.failed() == 0 ? "" : ", " + job.failed() + " failed"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                job.finish("FAILED", "interrupted");
            } catch (Exception e) {
                log.error("Job '{}' failed: {}", title, e.toString(), e);
                job.finish("FAILED", e.getClass().getSimpleName() + ": " + e.getMessage());
            } finally {
                after.accept(job);
            }
        });
        return job;
    }

    List<Map<String, Object>> recent() {
        List<Map<String, Object>> out = new ArrayList<>();
        recent.forEach(j -> out.add(j.view()));
        return out;
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
