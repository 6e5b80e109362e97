package io.kawat.publish.internal.chrome;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The chrome bundles: {@code chrome.properties} (English, the base) and {@code chrome_<lang>.properties}, read as
 * UTF-8 from the classpath. A key missing in a language falls back to the base bundle; a language without a bundle
 * gets the base bundle. Immutable after construction.
 */
final class ChromeMessages {

    static final String RESOURCE_DIR = "/io/kawat/publish/chrome/";
    private static final String BASE = "base";

    private final Map<String, Properties> bundles;
    private final Set<String> languages;

    private ChromeMessages(Map<String, Properties> bundles, Set<String> languages) {
        this.bundles = bundles;
        this.languages = languages;
    }

    static ChromeMessages load() {
        Properties base = read("chrome.properties");
        if (base == null) {
            throw new IllegalStateException("chrome bundle missing: " + RESOURCE_DIR + "chrome.properties");
        }
        Map<String, Properties> bundles = new HashMap<>();
        bundles.put(BASE, base);
        Set<String> languages = new LinkedHashSet<>(
                Arrays.asList(base.getProperty("chrome.languages", "en").split(",")));
        for (String language : languages) {
            Properties own = read("chrome_" + language.trim() + ".properties");
            if (own != null) {
                bundles.put(language.trim(), own);
            }
        }
        return new ChromeMessages(Map.copyOf(bundles), Set.copyOf(languages));
    }

    Set<String> languages() {
        return languages;
    }

    /** The raw text of a key in a language, with fallback to the base bundle; null when neither has it. */
    String raw(String language, String key) {
        Properties own = bundles.get(Languages.primary(language));
        String value = own == null ? null : own.getProperty(key);
        return value != null ? value : bundles.get(BASE).getProperty(key);
    }

    /** The text of a key that exists in the base bundle. */
    String text(String language, String key) {
        String value = raw(language, key);
        if (value == null) {
            throw new IllegalArgumentException("no chrome text for key " + key);
        }
        return value;
    }

    /** A MessageFormat pattern filled with string arguments (no number formatting). */
    String format(String language, String key, String... args) {
        MessageFormat format = new MessageFormat(text(language, key), Languages.locale(language));
        return format.format(args);
    }

    private static Properties read(String name) {
        InputStream in = ChromeMessages.class.getResourceAsStream(RESOURCE_DIR + name);
        if (in == null) {
            return null;
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read chrome bundle " + name, e);
        }
    }
}
