package io.kawat.platform.kafka;

import io.kawat.schemas.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the topics of the topic registry that do not exist yet, then waits until every partition of every topic
 * has a leader: producing straight after creation lost records on a fresh broker (KAFKA-14359).
 */
public final class TopicProvisioner {
    private static final Logger log = LoggerFactory.getLogger(TopicProvisioner.class);

    private final Admin admin;
    private final short replicationFactor;

    public TopicProvisioner(Admin admin, short replicationFactor) {
        this.admin = admin;
        this.replicationFactor = replicationFactor;
    }

    /** Creates what is missing and waits for leaders; throws when the topics are not ready within {@code timeout}. */
    public void ensure(Collection<Topic<?, ?>> topics, Duration timeout) {
        try {
            Set<String> existing = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (Topic<?, ?> topic : topics) {
                if (!existing.contains(topic.name())) {
                    missing.add(newTopic(topic));
                }
            }
            if (!missing.isEmpty()) {
                createTolerantly(missing, timeout);
                log.info(
                        "Created topics {}",
                        missing.stream().map(NewTopic::name).toList());
            }
            awaitLeaders(topics.stream().map(Topic::name).toList(), timeout);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Topics could not be provisioned: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while provisioning topics", e);
        }
    }

    private NewTopic newTopic(Topic<?, ?> topic) {
        Map<String, String> configs = new HashMap<>();
        configs.put(
                TopicConfig.CLEANUP_POLICY_CONFIG,
                topic.spec().compacted() ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE);
        if (topic.spec().retention() != null) {
            configs.put(
                    TopicConfig.RETENTION_MS_CONFIG,
                    String.valueOf(topic.spec().retention().toMillis()));
        }
        return new NewTopic(topic.name(), topic.spec().partitions(), replicationFactor).configs(configs);
    }

    private void createTolerantly(List<NewTopic> missing, Duration timeout) throws InterruptedException {
        admin.createTopics(missing).values().forEach((name, future) -> {
            try {
                future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException(
                            "Could not create topic " + name + ": "
                                    + e.getCause().getMessage(),
                            e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while creating " + name, e);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("Creating topic " + name + " timed out", e);
            }
        });
    }

    private void awaitLeaders(List<String> names, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String waitingFor = "";
        while (System.nanoTime() < deadline) {
            try {
                Map<String, TopicDescription> descriptions =
                        admin.describeTopics(names).allTopicNames().get(5, TimeUnit.SECONDS);
                waitingFor = withoutLeader(descriptions);
                if (waitingFor.isEmpty()) {
                    return;
                }
            } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                waitingFor = e.getMessage();
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
        throw new IllegalStateException(
                "Topic partitions without a leader after " + timeout.toSeconds() + " s: " + waitingFor);
    }

    private static String withoutLeader(Map<String, TopicDescription> descriptions) {
        List<String> missing = new ArrayList<>();
        for (TopicDescription description : descriptions.values()) {
            for (TopicPartitionInfo partition : description.partitions()) {
                if (partition.leader() == null || partition.leader().isEmpty()) {
                    missing.add(description.name() + "-" + partition.partition());
                }
            }
        }
        return String.join(", ", missing);
    }
}
