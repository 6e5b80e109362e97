package io.kawat.ingest;

import io.kawat.platform.config.Config;
import io.kawat.platform.lifecycle.ServiceMain;

/** Runs the ingest service alone: {@code java io.kawat.ingest.IngestMain [kawat.yaml]}. */
public final class IngestMain {
    private IngestMain() {}

    public static void main(String[] args) throws InterruptedException {
        ServiceMain.run(
                args,
                "Ingest",
                IngestSettings.all(),
                (config, base) -> IngestService.withConfiguredSources(config, base, Config.systemEnv()));
    }
}
