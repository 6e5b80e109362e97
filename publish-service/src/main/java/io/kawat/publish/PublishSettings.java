package io.kawat.publish;

import io.kawat.platform.config.CommonSettings;
import io.kawat.platform.config.Editions;
import io.kawat.platform.config.Setting;
import io.kawat.platform.config.SettingsCatalog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Settings of the publish service (besides {@link CommonSettings}). */
public final class PublishSettings {
    public static final Setting<Integer> PORT =
            Setting.port("publish.port", 8083, "Article API, feeds, stream, health, metrics");
    /** Declared once in platform ({@link Editions}): translate reads the same setting. */
    public static final Setting<List<String>> EDITIONS = Editions.SETTING;

    public static final Setting<String> OUTLET =
            Setting.string("publish.outlet-name", "Kawat", "Outlet name in datelines ('Brussels, <outlet> - ...')");
    public static final Setting<String> BYLINE =
            Setting.string("publish.byline", "Kawat Newsdesk", "Byline of composed articles");
    public static final Setting<String> PUBLIC_URL = Setting.string(
            "publish.public-url", "http://127.0.0.1:8083", "Base URL readers reach the API at (used in feeds)");
    public static final Setting<Duration> WEBHOOK_INITIAL_BACKOFF = Setting.duration(
            "publish.webhook-initial-backoff",
            "1s",
            "Wait before the second attempt of a webhook delivery; doubles for each further attempt");
    public static final Setting<Duration> WEBHOOK_MAX_BACKOFF = Setting.duration(
            "publish.webhook-max-backoff", "5m", "Longest wait between two attempts of a webhook delivery");
    public static final Setting<Duration> WEBHOOK_TIMEOUT = Setting.duration(
                    "publish.webhook-timeout", "10s", "Connect and response timeout of one webhook request")
            .requiring(d -> !d.isZero(), "a positive duration");

    public static final Setting<String> ADVERTISED_HOST = Setting.string(
            "publish.advertised-host",
            "",
            "Host other publish instances reach this one at, for forwarded reads (empty: http.host)");

    private PublishSettings() {}

    /** This module's settings, for the check of unknown keys ({@link SettingsCatalog}). */
    public static final class Catalog implements SettingsCatalog {
        @Override
        public List<Setting<?>> settings() {
            return all();
        }

        @Override
        public List<String> sections() {
            return List.of("publish.webhooks");
        }
    }

    public static List<Setting<?>> all() {
        List<Setting<?>> all = new ArrayList<>(CommonSettings.all());
        all.addAll(List.of(
                PORT,
                ADVERTISED_HOST,
                EDITIONS,
                OUTLET,
                BYLINE,
                PUBLIC_URL,
                WEBHOOK_INITIAL_BACKOFF,
                WEBHOOK_MAX_BACKOFF,
                WEBHOOK_TIMEOUT));
        return all;
    }
}
