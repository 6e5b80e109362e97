package io.kawat.platform.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The edition languages, declared once: publish composes one article per edition and translate translates into each,
 * both from this one setting. Values are normalised (trimmed, lower case, duplicates dropped), so {@code EN} and
 * {@code en} are the same edition everywhere.
 */
public final class Editions {
    public static final Setting<List<String>> SETTING = new Setting<List<String>>(
                    "publish.editions",
                    Editions::parse,
                    "en,id,es",
                    v -> true,
                    "",
                    "Edition languages (ISO 639-1, comma separated, any case): one article per event cluster in each;"
                            + " each story is translated into every one but its own",
                    false)
            .requiring(
                    v -> !v.isEmpty() && v.stream().allMatch(l -> l.matches("[a-z]{2,3}")),
                    "one or more language codes of 2 or 3 letters, comma separated");

    private Editions() {}

    /** The normalised edition languages of a comma-separated value. */
    public static List<String> parse(String value) {
        return Arrays.stream(value.split(","))
                .map(s -> s.strip().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }
}
