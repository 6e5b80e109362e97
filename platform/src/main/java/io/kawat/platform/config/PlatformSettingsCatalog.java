package io.kawat.platform.config;

import java.util.ArrayList;
import java.util.List;

/** The settings platform declares: {@link CommonSettings} and {@link Editions}. */
public final class PlatformSettingsCatalog implements SettingsCatalog {
    @Override
    public List<Setting<?>> settings() {
        List<Setting<?>> all = new ArrayList<>(CommonSettings.all());
        all.add(Editions.SETTING);
        return all;
    }
}
