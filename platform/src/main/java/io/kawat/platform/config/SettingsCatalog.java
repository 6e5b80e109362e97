package io.kawat.platform.config;

import java.util.List;

/**
 * The settings one module declares, found with {@link java.util.ServiceLoader} (each module lists its catalog in
 * {@code META-INF/services/io.kawat.platform.config.SettingsCatalog}), so that {@link Config} can tell a key no Kawat
 * service reads, a typo, from a key another service reads from the same file and environment.
 */
public interface SettingsCatalog {

    /** Every setting of the module. */
    List<Setting<?>> settings();

    /** Keys of YAML sections the module reads as structures (e.g. {@code sources}); anything under them is theirs. */
    default List<String> sections() {
        return List.of();
    }
}
