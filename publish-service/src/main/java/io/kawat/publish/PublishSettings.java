package io.kawat.publish;

import io.kawat.platform.config.CommonSettings;
import io.kawat.platform.config.Setting;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Settings of the publish service (besides {@link CommonSettings}). */
public final class PublishSettings {
    public static final Setting<Integer> PORT =
            Setting.port("publish.port", 8083, "Article API, feeds, stream, health, metrics");
    public static final Setting<String> EDITIONS = Setting.string(
            "publish.editions",
            "en,id,es",
            "Edition languages (ISO 639-1, comma separated): one article per event cluster in each");
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

    public static List<String> editions(String value) {
        return Arrays.stream(value.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
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
