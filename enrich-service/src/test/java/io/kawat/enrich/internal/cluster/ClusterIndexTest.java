package io.kawat.enrich.internal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.enrich.internal.state.InMemoryState;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ClusterIndexTest {
    private static final long HOUR = 3_600_000L;
    private static final double THRESHOLD = 0.5;

    private final InMemoryState state = new InMemoryState();
    private final ClusterIndex index = new ClusterIndex(state);

    @Test
    void shouldJoinTheClusterSharingMostTermsWhenACommonTermIsFiledUnderManyClusters() {
        for (int i = 0; i < ClusterIndex.MAX_CANDIDATES + 20; i++) {
            assign("other-" + i, features("country:us", "person:" + i), i);
        }
        String summit = assign("summit-1", features("country:us", "org:nato", "person:blinken", "place:vilnius"), 100);

        String next = assign("summit-2", features("country:us", "org:nato", "person:blinken", "place:vilnius"), 101);

        assertThat(next).isEqualTo(summit);
        assertThat(index.resolve(next)).isEqualTo(summit);
    }

    @Test
    void shouldFoundANewClusterWhenTheLastStoryOfTheOldOneLeft() {
        String first = assign("a", features("org:nato", "person:blinken"), 0);
        index.leave(first);

        String second = assign("b", features("org:nato", "person:blinken"), HOUR);

        assertThat(second).isNotEqualTo(first);
        assertThat(state.keys("c/")).containsExactly("c/" + second);
    }

    @Test
    void shouldKeepTheMergedClusterResolvableWhenAStoryBridgesTwoClusters() {
        String left = assign("left", features("org:nato", "person:blinken"), 0);
        String right = assign("right", features("org:un", "person:guterres"), 1);

        String bridge = assign("bridge", features("org:nato", "person:blinken", "org:un", "person:guterres"), 2);

        String oldest = left.compareTo(right) < 0 ? left : right;
        assertThat(bridge).isEqualTo(oldest);
        assertThat(index.resolve(left)).isEqualTo(oldest);
        assertThat(index.resolve(right)).isEqualTo(oldest);
        assertThat(state.keys("c/")).containsExactly("c/" + oldest);
    }

    private String assign(String storyId, StoryFeatures f, long minute) {
        long time = 1_700_000_000_000L + minute * 60_000L;
        return index.assign(storyId, f, time, time - 48 * HOUR, THRESHOLD, key -> 1.0);
    }

    private static StoryFeatures features(String... entityKeys) {
        Map<String, Double> entities = new TreeMap<>();
        for (String key : entityKeys) {
            entities.put(key, 1.0);
        }
        return new StoryFeatures(entities, new TreeMap<>(), "en");
    }
}
