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

    private EnrichSettings() {}

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
        all.addAll(List.of(PORT, LANGUAGES));
        return all;
    }
}
