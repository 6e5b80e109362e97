package io.kawat.platform.streams;

import io.kawat.platform.lifecycle.Service;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one Kafka Streams application with exactly-once v2: logs state changes, replaces a failed stream thread
 * while the failure budget lasts and shuts the client down beyond it, waits for RUNNING on start, closes cleanly.
 */
public final class StreamsRunner implements Service {
    private static final Logger log = LoggerFactory.getLogger(StreamsRunner.class);

    private final String name;
    private final KafkaStreams streams;
    private final FailureBudget budget;
    private final Duration startTimeout;
    private volatile KafkaStreams.State state = KafkaStreams.State.CREATED;

    public StreamsRunner(
            String name,
            Topology topology,
            Properties props,
            MeterRegistry metrics,
            FailureBudget budget,
            Duration startTimeout) {
        this.name = name;
        this.budget = budget;
        this.startTimeout = startTimeout;
        this.streams = new KafkaStreams(topology, props);
        streams.setStateListener((newState, oldState) -> {
            state = newState;
            log.info("{} streams {} -> {}", name, oldState, newState);
        });
        streams.setUncaughtExceptionHandler(this::onUncaught);
        new KafkaStreamsMetrics(streams).bindTo(metrics);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void start() {
        streams.start();
        long deadline = System.nanoTime() + startTimeout.toNanos();
        while (state != KafkaStreams.State.RUNNING) {
            if (state == KafkaStreams.State.ERROR || state == KafkaStreams.State.NOT_RUNNING) {
                throw new IllegalStateException(name + " streams stopped during start-up (" + state + ")");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        name + " streams not RUNNING after " + startTimeout.toSeconds() + " s (" + state + ")");
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }

    @Override
    public boolean isReady() {
        return state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING;
    }

    /** The running client, for interactive queries. */
    public KafkaStreams streams() {
        return streams;
    }

    /** Closes and, as a static member, leaves the consumer group so that its partitions move at once. */
    @Override
    public void close() {
        streams.close(new KafkaStreams.CloseOptions().leaveGroup(true).timeout(Duration.ofSeconds(30)));
    }

    private StreamThreadExceptionResponse onUncaught(Throwable error) {
        if (budget.spend(Clock.systemUTC().instant())) {
            log.error(
                    "{} stream thread failed; replacing it ({} failures left in the budget)",
                    name,
                    budget.remaining(),
                    error);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        }
        log.error("{} stream thread failed and the failure budget is spent; shutting the client down", name, error);
        return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    }
}
