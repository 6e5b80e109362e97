package io.kawat.translate;

import io.kawat.platform.lifecycle.ServiceMain;

/** Runs the translate service alone: {@code java io.kawat.translate.TranslateMain [kawat.yaml]}. */
public final class TranslateMain {
    private TranslateMain() {}

    public static void main(String[] args) throws InterruptedException {
        ServiceMain.run(args, "Translate", TranslateSettings.all(), (config, base) -> TranslateService.create(config));
    }
}
