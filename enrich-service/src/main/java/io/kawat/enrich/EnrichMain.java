package io.kawat.enrich;

import io.kawat.platform.lifecycle.ServiceMain;

/** Runs the enrich service alone: {@code java io.kawat.enrich.EnrichMain [kawat.yaml]}. */
public final class EnrichMain {
    private EnrichMain() {}

    public static void main(String[] args) throws InterruptedException {
        ServiceMain.run(args, "Enrich", EnrichSettings.all(), (config, base) -> EnrichService.create(config));
    }
}
