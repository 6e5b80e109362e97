package io.kawat.enrich.internal.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AhoCorasickTest {

    @Test
    void shouldFindOverlappingAndNestedPatternsWhenSearching() {
        AhoCorasick<String> ac = new AhoCorasick.Builder<String>()
                .add("he", "HE")
                .add("she", "SHE")
                .add("his", "HIS")
                .add("hers", "HERS")
                .build();

        List<String> found = ac.search("ushers").stream()
                .map(h -> h.start() + "-" + h.end() + ":" + h.payloads().get(0))
                .toList();

        assertThat(found).containsExactly("1-4:SHE", "2-4:HE", "2-6:HERS");
    }

    @Test
    void shouldKeepEveryPayloadWhenPatternsRepeat() {
        AhoCorasick<Integer> ac =
                new AhoCorasick.Builder<Integer>().add("nato", 1).add("nato", 2).build();

        assertThat(ac.search("a nato b"))
                .singleElement()
                .satisfies(h -> assertThat(h.payloads()).containsExactly(1, 2));
    }
}
