package io.kawat.platform.config;

import java.time.Duration;
import java.util.Locale;

/** Parses durations written as {@code 500ms}, {@code 30s}, {@code 5m}, {@code 2h}, {@code 7d} or ISO-8601 {@code PT30S}. */
public final class Durations {
    private Durations() {}

    public static Duration parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("p")) {
            return Duration.parse(t.toUpperCase(Locale.ROOT));
        }
        String unit = t.replaceAll("^[0-9]+", "");
        long amount = Long.parseLong(t.substring(0, t.length() - unit.length()));
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "s", "" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            case "d" -> Duration.ofDays(amount);
            default -> throw new IllegalArgumentException("unknown unit '" + unit + "' (use ms, s, m, h or d)");
        };
    }
}
