package io.kawat.translate;

import io.kawat.platform.config.CommonSettings;
import io.kawat.platform.config.Editions;
import io.kawat.platform.config.Setting;
import io.kawat.platform.config.SettingsCatalog;
import java.util.ArrayList;
import java.util.List;

/** Settings of the translate service: {@link CommonSettings}, {@link TranslationSettings} and these. */
public final class TranslateSettings {
    public static final Setting<Integer> PORT = Setting.port("translate.port", 8084, "Health, readiness and metrics");
    /** Declared once in platform ({@link Editions}): translate works for the editions publish composes. */
    public static final Setting<List<String>> EDITIONS = Editions.SETTING;

    private TranslateSettings() {}

    /** This module's settings, for the check of unknown keys ({@link SettingsCatalog}). */
    public static final class Catalog implements SettingsCatalog {
        @Override
        public List<Setting<?>> settings() {
            return all();
        }
    }

    public static List<Setting<?>> all() {
        List<Setting<?>> all = new ArrayList<>(CommonSettings.all());
        all.add(PORT);
        all.add(EDITIONS);
        all.addAll(TranslationSettings.all());
        return all;
    }
}
