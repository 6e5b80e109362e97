package io.kawat.translate.internal.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.junit.jupiter.api.Test;

class ByStoryPartitionerTest {
    private final ByStoryPartitioner partitioner = new ByStoryPartitioner();

    @Test
    void shouldPickTheStorysOwnPartitionWhenTheKeyNamesALanguage() {
        for (String storyId : new String[] {"reuters:1", "voa:tag:voanews.com,2026:news:123", "euronews:x|y"}) {
            int expected = BuiltInPartitioner.partitionForKey(storyId.getBytes(StandardCharsets.UTF_8), 12);

            assertThat(partitioner.partitions("t", storyId + "|es", null, 12)).contains(Set.of(expected));
        }
    }

    @Test
    void shouldLeaveTheChoiceToTheProducerWhenThereIsNoKey() {
        assertThat(partitioner.partitions("t", null, null, 3)).isEmpty();
    }
}
