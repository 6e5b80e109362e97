package io.kawat.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class TopicFollowerTest {
    private static final String TOPIC = "kawat.probe.v1";
    private static final TopicPartition P0 = new TopicPartition(TOPIC, 0);

    @Test
    void shouldContinueAtTheRecordThatFailedWithANewConsumerAfterTheBackoff() {
        List<MockConsumer<String, byte[]>> opened = new CopyOnWriteArrayList<>();
        List<String> handled = new CopyOnWriteArrayList<>();
        AtomicBoolean failedOnce = new AtomicBoolean();
        TopicFollower<String, byte[]> follower = new TopicFollower<>(
                "probe-follower",
                List.of(TOPIC),
                () -> {
                    MockConsumer<String, byte[]> consumer = withRecords(5);
                    opened.add(consumer);
                    return consumer;
                },
                record -> {
                    String value = new String(record.value(), StandardCharsets.UTF_8);
                    if (value.equals("v2") && failedOnce.compareAndSet(false, true)) {
                        throw new IllegalStateException("registry unreachable");
                    }
                    handled.add(value);
                },
                Duration.ofSeconds(2),
                Duration.ofSeconds(4));
        try (follower) {
            follower.start();
            await().atMost(Duration.ofSeconds(5)).until(() -> follower.failures() == 1);
            assertThat(follower.isUp()).as("down while waiting to retry").isFalse();
            assertThat(handled).containsExactly("v0", "v1");

            await().atMost(Duration.ofSeconds(10)).until(() -> handled.size() == 5);
            assertThat(follower.isUp()).isTrue();
            assertThat(handled).as("nothing skipped, nothing twice").containsExactly("v0", "v1", "v2", "v3", "v4");
            assertThat(opened).hasSize(2);
            assertThat(opened.get(0).closed())
                    .as("the failed life closed its consumer")
                    .isTrue();
        }
        assertThat(opened.get(1).closed()).isTrue();
    }

    /** A consumer of one partition that holds {@code count} records once assigned. */
    private static MockConsumer<String, byte[]> withRecords(int count) {
        MockConsumer<String, byte[]> consumer = new MockConsumer<>("earliest") {
            @Override
            public synchronized void assign(Collection<TopicPartition> partitions) {
                super.assign(partitions);
                for (int i = 0; i < count; i++) {
                    addRecord(new ConsumerRecord<>(TOPIC, 0, i, "k" + i, ("v" + i).getBytes(StandardCharsets.UTF_8)));
                }
            }
        };
        consumer.updatePartitions(TOPIC, List.of(new PartitionInfo(TOPIC, 0, null, null, null)));
        consumer.updateBeginningOffsets(Map.of(P0, 0L));
        consumer.updateEndOffsets(Map.of(P0, (long) count));
        return consumer;
    }
}
