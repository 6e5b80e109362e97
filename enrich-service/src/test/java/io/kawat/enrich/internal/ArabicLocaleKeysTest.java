package io.kawat.enrich.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kawat.enrich.internal.cluster.RecentStories;
import io.kawat.enrich.internal.cluster.StoryRecord;
import io.kawat.enrich.internal.dedupe.MinHasher;
import io.kawat.enrich.internal.state.InMemoryState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * State-store keys do not depend on the JVM's default locale: under Arabic (Saudi Arabia), whose digits are
 * Arabic-Indic, {@code String.format("%d")} would write ٠١٢ into the keys, and a store written by one instance would no
 * longer match the keys another builds (house rule, docs/HOUSE-RULES.md).
 */
class ArabicLocaleKeysTest {

    private static final Locale ARABIC = new Locale("ar", "SA");
    private static final long RECEIVED = 1_735_689_600_000L; // 2025-01-01T00:00:00Z

    private static <T> T underArabicLocale(Supplier<T> work) {
        Locale before = Locale.getDefault();
        Locale.setDefault(ARABIC);
        try {
            return work.get();
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void shouldWriteAsciiTimeKeysThatEvictionFindsWhenTheDefaultLocaleIsArabic() {
        InMemoryState state = new InMemoryState();
        List<String> evicted = new ArrayList<>();

        List<String> keys = underArabicLocale(() -> {
            RecentStories stories = new RecentStories(state);
            stories.put("afp:1", new StoryRecord(RECEIVED, "evt-1", null, new long[0], List.of("loc:jakarta")));
            List<String> written =
                    state.prefixScan("").stream().map(Map.Entry::getKey).toList();
            stories.advance(RECEIVED + 3_600_000L);
            stories.evict(RECEIVED + 1, 10, e -> evicted.add(e.getKey()));
            return written;
        });

        assertThat(keys).contains("t/0000482136/1735689600000/afp:1");
        assertThat(keys).allMatch(k -> k.chars().allMatch(c -> c < 128), "ASCII only");
        assertThat(evicted).containsExactly("afp:1");
        assertThat(state.prefixScan("t/")).isEmpty();
    }

    @Test
    void shouldBuildTheSameAsciiBandKeysWhenTheDefaultLocaleIsArabic() {
        MinHasher hasher = new MinHasher();
        long[] signature = hasher.signature(List.of("the", "harbour", "of", "surabaya", "reopened", "on", "monday"));
        List<String> root = hasher.bandKeys(signature);

        List<String> arabic = underArabicLocale(() -> hasher.bandKeys(signature));

        assertThat(arabic).isEqualTo(root).hasSize(MinHasher.BANDS);
        assertThat(arabic).allMatch(k -> k.matches("[0-9]{2}/[0-9a-f]{16}"));
        assertThat(arabic.get(7)).startsWith("07/");
    }
}
