package io.kawat.reliability.harness;

import io.kawat.schemas.Topics;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits, bounded, until every generated version has reached the end of the pipeline (or the pipeline made no progress
 * for {@link #STALL}), logging progress every 5 s, then audits the topics once the reader has read them to their end.
 *
 * @param settled true when every version arrived before the deadline
 * @param audit what the topics hold
 */
public record Settling(boolean settled, TopicAudit audit) {
    private static final Logger log = LoggerFactory.getLogger(Settling.class);
    /** How long without a new article record counts as stuck. */
    public static final Duration STALL = Duration.ofSeconds(120);

    /**
     * Waits until {@code quiet} holds (e.g. chaos is done) and the topics hold every expected version; gives up
     * after {@code deadline} or a stall.
     */
    public static Settling await(
            ExpectedVersions expected, TopicTail tail, Topics topics, BooleanSupplier quiet, Duration deadline) {
        boolean settled;
        try {
            Awaitility.await("every version at the end of the pipeline")
                    .atMost(deadline)
                    .pollInSameThread()
                    .pollInterval(Duration.ofSeconds(5))
                    .until(() -> {
                        TopicAudit audit = audit(expected, tail, topics);
                        log.info(
                                "waiting for the pipeline: {} article records{}",
                                tail.facts().articleRecords(),
                                audit.summary());
                        return quiet.getAsBoolean() && audit.complete() || stalled(tail);
                    });
            settled = audit(expected, tail, topics).complete();
        } catch (ConditionTimeoutException e) {
            log.warn("the pipeline did not settle in {} s: {}", deadline.toSeconds(), e.getMessage());
            settled = false;
        }
        Awaitility.await("reader at the end of the topics")
                .atMost(Duration.ofSeconds(60))
                .pollInSameThread()
                .pollInterval(Duration.ofMillis(500))
                .until(tail::caughtUp);
        TopicAudit audit = audit(expected, tail, topics);
        if (!audit.complete()) {
            log.warn("missing at the end:{}", audit.summary());
        }
        return new Settling(settled, audit);
    }

    private static boolean stalled(TopicTail tail) {
        long last = tail.facts().lastArticleAt();
        boolean stalled = last > 0 && System.currentTimeMillis() - last > STALL.toMillis();
        if (stalled) {
            log.warn("no article for {} s: giving up waiting", STALL.toSeconds());
        }
        return stalled;
    }

    private static TopicAudit audit(ExpectedVersions expected, TopicTail tail, Topics topics) {
        if (tail.failure() != null) {
            throw new IllegalStateException("the topic reader failed", tail.failure());
        }
        return TopicAudit.of(
                expected,
                tail.facts(),
                topics.wireStories().name(),
                topics.enrichedStories().name(),
                topics.articles().name());
    }
}
