package io.kawat.ingest;

import io.kawat.platform.config.CommonSettings;
import io.kawat.platform.config.Setting;
import io.kawat.platform.config.SettingsCatalog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Settings of the ingest service (besides {@link CommonSettings}); sources come from the {@code sources:} list. */
public final class IngestSettings {
    public static final Setting<Integer> PORT =
            Setting.port("ingest.port", 8081, "Push endpoint, /feeds, health and metrics");
    public static final Setting<String> PUSH_TOKEN = Setting.secret(
            "ingest.push-token", "", "Bearer token for POST /ingest/{sourceId}; empty refuses every push");
    public static final Setting<Integer> MAX_PUSH_BYTES = Setting.positiveInt(
            "ingest.max-push-bytes", 20 * 1024 * 1024, "Largest accepted push body in bytes (larger gets 413)");
    public static final Setting<Duration> FOLDER_SCAN =
            Setting.duration("ingest.folder-scan-interval", "2s", "How often drop folders are scanned");
    public static final Setting<Duration> QUIET_AFTER = Setting.duration(
            "ingest.quiet-after", "6h", "A feed that delivered before and has been silent this long is reported QUIET");

    public static final Setting<Integer> MAX_DOCUMENT_BYTES = Setting.positiveInt(
            "ingest.parse.max-document-bytes",
            20 * 1024 * 1024,
            "Largest wire document parsed, in bytes (larger ones are refused whole: KWT-2003)");
    public static final Setting<Integer> MAX_FIELD_CHARS = Setting.positiveInt(
            "ingest.parse.max-field-chars",
            200_000,
            "Longest field of an item, in characters (an item with a longer one is rejected: KWT-2104)");
    public static final Setting<Integer> MAX_ITEMS = Setting.positiveInt(
            "ingest.parse.max-items", 5_000, "Items read from one document (those beyond are not read: KWT-2008)");
    public static final Setting<Duration> CONNECT_TIMEOUT = positive(Setting.duration(
            "ingest.fetch.connect-timeout", "10s", "Time a feed fetch is allowed to open its connection"));
    public static final Setting<Duration> READ_TIMEOUT = positive(Setting.duration(
            "ingest.fetch.read-timeout",
            "30s",
            "Time a feed fetch may go without progress while it waits for headers or body bytes"));
    public static final Setting<Duration> INITIAL_BACKOFF = Setting.duration(
            "ingest.fetch.initial-backoff",
            "1s",
            "Ceiling of the random wait before a failed fetch's first retry; it doubles for each further retry");
    public static final Setting<Duration> MAX_BACKOFF = Setting.duration(
            "ingest.fetch.max-backoff",
            "60s",
            "Largest wait between two fetch attempts, and the longest Retry-After honoured");
    public static final Setting<Duration> PER_HOST_INTERVAL = Setting.duration(
            "ingest.fetch.per-host-interval", "1s", "Least time between two requests to the same host");

    private IngestSettings() {}

    private static Setting<Duration> positive(Setting<Duration> setting) {
        return setting.requiring(d -> !d.isZero(), "a positive duration");
    }

    /** This module's settings, for the check of unknown keys ({@link SettingsCatalog}). */
    public static final class Catalog implements SettingsCatalog {
        @Override
        public List<Setting<?>> settings() {
            return all();
        }

        @Override
        public List<String> sections() {
            return List.of("sources");
        }
    }

    public static List<Setting<?>> all() {
        List<Setting<?>> all = new ArrayList<>(CommonSettings.all());
        all.addAll(List.of(
                PORT,
                PUSH_TOKEN,
                MAX_PUSH_BYTES,
                FOLDER_SCAN,
                QUIET_AFTER,
                MAX_DOCUMENT_BYTES,
                MAX_FIELD_CHARS,
                MAX_ITEMS,
                CONNECT_TIMEOUT,
                READ_TIMEOUT,
                INITIAL_BACKOFF,
                MAX_BACKOFF,
                PER_HOST_INTERVAL));
        return all;
    }
}
