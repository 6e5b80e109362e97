package io.kawat.platform.config;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One configuration setting, declared once: its key in YAML (dotted), the environment variable that overrides it,
 * its type (through a parser), default, validation and a one-line doc. Secret settings are masked when logged.
 *
 * @param key         dotted key, e.g. {@code kafka.bootstrap-servers}; YAML nests on the dots
 * @param parser      turns the text form into the typed value; throws {@link IllegalArgumentException} on bad input
 * @param defaultText the default in text form, or null when the setting is required
 * @param check       a validation of the typed value
 * @param rule        what the validation demands, for the error message
 * @param doc         one line for the documentation
 * @param secret      true when the value must never be logged
 */
public record Setting<T>(
        String key,
        Function<String, T> parser,
        String defaultText,
        Predicate<T> check,
        String rule,
        String doc,
        boolean secret) {

    /** The environment variable: {@code KAWAT_} plus the key in upper case, dots and dashes as underscores. */
    public String envVar() {
        return "KAWAT_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    public Optional<String> defaultValue() {
        return Optional.ofNullable(defaultText);
    }

    public static Setting<String> string(String key, String defaultText, String doc) {
        return new Setting<>(key, Function.identity(), defaultText, v -> true, "", doc, false);
    }

    public static Setting<String> secret(String key, String defaultText, String doc) {
        return new Setting<>(key, Function.identity(), defaultText, v -> true, "", doc, true);
    }

    public static Setting<Integer> port(String key, int defaultPort, String doc) {
        return new Setting<>(
                key,
                Integer::parseInt,
                String.valueOf(defaultPort),
                p -> p >= 0 && p <= 65535,
                "a port between 0 and 65535",
                doc,
                false);
    }

    public static Setting<Integer> positiveInt(String key, int defaultValue, String doc) {
        return new Setting<>(
                key, Integer::parseInt, String.valueOf(defaultValue), v -> v > 0, "a positive integer", doc, false);
    }

    public static Setting<Boolean> flag(String key, boolean defaultValue, String doc) {
        return new Setting<>(key, Setting::parseBoolean, String.valueOf(defaultValue), v -> true, "", doc, false);
    }

    public static Setting<java.time.Duration> duration(String key, String defaultText, String doc) {
        return new Setting<>(
                key, Durations::parse, defaultText, d -> !d.isNegative(), "a non-negative duration", doc, false);
    }

    /** The same setting with an extra validation. */
    public Setting<T> requiring(Predicate<T> extra, String what) {
        return new Setting<>(key, parser, defaultText, check.and(extra), what, doc, secret);
    }

    private static Boolean parseBoolean(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("true") || t.equals("false")) {
            return Boolean.valueOf(t);
        }
        throw new IllegalArgumentException("expected true or false");
    }
}
