package io.kawat.enrich;

import io.kawat.platform.config.CommonSettings;
import io.kawat.platform.config.Setting;
import io.kawat.platform.config.SettingsCatalog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Settings of the enrich service (besides {@link CommonSettings}). */
public final class EnrichSettings {
    public static final Setting<Integer> PORT = Setting.port("enrich.port", 8082, "Health, readiness and metrics");
    public static final Setting<String> LANGUAGES = Setting.string(
            "enrich.languages",
            "en,id,ms,es,fr,de,pt,it,nl,ar,ru,zh,ja,ko,tr,vi,th,tl,hi,sw",
            "Languages language detection chooses from (ISO 639-1, comma separated)");

    public static final Setting<java.time.Duration> MATCH_WINDOW = Setting.duration(
                    "enrich.match.window",
                    "48h",
                    "How far apart in receive time two stories may be and still match; also how long match state is kept")
            .requiring(d -> !d.isZero(), "a positive duration");
    public static final Setting<Double> MATCH_DUPLICATE_JACCARD = fraction(
            "enrich.match.duplicate-jaccard",
            "0.5",
            "Estimated Jaccard similarity of word 5-shingles from which a story is a near-duplicate of another");
    public static final Setting<Double> MATCH_CLUSTER_THRESHOLD = fraction(
            "enrich.match.cluster-threshold",
            "0.3",
            "Similarity score (entities and keywords) from which a story joins a cluster");
    public static final Setting<Integer> MATCH_MAX_STORIES =
            Setting.positiveInt("enrich.match.max-stories", 20_000, "Most stories the matcher keeps (oldest go first)");

    private EnrichSettings() {}

    private static Setting<Double> fraction(String key, String defaultText, String doc) {
        return new Setting<>(
                key, Double::parseDouble, defaultText, v -> v > 0 && v <= 1, "a number in (0, 1]", doc, false);
    }

    /** This module's settings, for the check of unknown keys ({@link SettingsCatalog}). */
    public static final class Catalog implements SettingsCatalog {
        @Override
        public List<Setting<?>> settings() {
            return all();
        }
    }

    public static List<String> languages(String value) {
        return Arrays.stream(value.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    public static List<Setting<?>> all() {
        List<Setting<?>> all = new ArrayList<>(CommonSettings.all());
        all.addAll(List.of(
                PORT, LANGUAGES, MATCH_WINDOW, MATCH_DUPLICATE_JACCARD, MATCH_CLUSTER_THRESHOLD, MATCH_MAX_STORIES));
        return all;
    }
}
