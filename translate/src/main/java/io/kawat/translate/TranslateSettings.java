package io.kawat.translate;

import io.kawat.platform.config.CommonSettings;
import io.kawat.platform.config.Setting;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Settings of the translate service: {@link CommonSettings}, {@link TranslationSettings} and these. */
public final class TranslateSettings {
    public static final Setting<Integer> PORT = Setting.port("translate.port", 8084, "Health, readiness and metrics");
    /** The same key as publish's: translate works for the editions publish composes. */
    public static final Setting<String> EDITIONS = Setting.string(
            "publish.editions",
            "en,id,es",
            "Edition languages (ISO 639-1, comma separated): each story is translated into every one but its own");

    private TranslateSettings() {}

    /** The edition languages of a {@link #EDITIONS} value. */
    public static List<String> editions(String value) {
        return Arrays.stream(value.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    public static List<Setting<?>> all() {
        List<Setting<?>> all = new ArrayList<>(CommonSettings.all());
        all.add(PORT);
        all.add(EDITIONS);
        all.addAll(TranslationSettings.all());
        return all;
    }
}
