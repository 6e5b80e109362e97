package io.kawat.ingest;

import io.kawat.platform.config.CommonSettings;
import io.kawat.platform.config.Setting;
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

    private IngestSettings() {}

    public static List<Setting<?>> all() {
        List<Setting<?>> all = new ArrayList<>(CommonSettings.all());
        all.addAll(List.of(PORT, PUSH_TOKEN, MAX_PUSH_BYTES, FOLDER_SCAN, QUIET_AFTER));
        return all;
    }
}
