package io.kawat.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Versions of the dev-stack components, fixed by the build. */
public final class Versions {
    private static final Properties VERSIONS = load();

    private Versions() {}

    public static String kafka() {
        return VERSIONS.getProperty("kafka.version");
    }

    public static String apicurio() {
        return VERSIONS.getProperty("apicurio.version");
    }

    private static Properties load() {
        try (InputStream in = Versions.class.getResourceAsStream("versions.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
