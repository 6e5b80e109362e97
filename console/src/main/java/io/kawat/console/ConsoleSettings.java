package io.kawat.console;

import io.kawat.platform.config.CommonSettings;
import io.kawat.platform.config.Setting;
import io.kawat.platform.config.SettingsCatalog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Settings of the operator console (besides {@link CommonSettings}; {@code security.operator-token} signs operators in). */
public final class ConsoleSettings {
    public static final Setting<Integer> PORT =
            Setting.port("console.port", 8080, "Operator console web page and its API");
    public static final Setting<String> PUBLISH_URL = Setting.string(
                    "console.publish-url",
                    "http://127.0.0.1:8083",
                    "Base URL of the publish API the console reads articles from and sends kills and corrections to")
            .requiring(
                    v -> v.matches("https?://[^\\s/]+(/[^\\s]*)?") && !v.endsWith("/"),
                    "an http(s) URL without a trailing slash");
    public static final Setting<Duration> SAMPLE_INTERVAL = Setting.duration(
                    "console.sample-interval",
                    "5s",
                    "How often message rates, consumer lag and dead-letter counts are sampled")
            .requiring(d -> d.compareTo(Duration.ofMillis(200)) >= 0, "at least 200ms");
    public static final Setting<Duration> CHART_WINDOW = Setting.duration(
                    "console.chart-window",
                    "3h",
                    "How far back the live charts reach (kept in memory, one point a minute)")
            .requiring(d -> d.toMinutes() >= 1 && d.toHours() <= 48, "between 1m and 48h");
    public static final Setting<Duration> SESSION_TTL = Setting.duration(
                    "console.session-ttl", "12h", "How long an operator stays signed in")
            .requiring(d -> d.toMinutes() >= 1, "at least 1m");

    private ConsoleSettings() {}

    /** This module's settings, for the check of unknown keys ({@link SettingsCatalog}). */
    public static final class Catalog implements SettingsCatalog {
        @Override
        public List<Setting<?>> settings() {
            return all();
        }
    }

    public static List<Setting<?>> all() {
        List<Setting<?>> all = new ArrayList<>(CommonSettings.all());
        all.addAll(List.of(PORT, PUBLISH_URL, SAMPLE_INTERVAL, CHART_WINDOW, SESSION_TTL));
        return all;
    }
}
