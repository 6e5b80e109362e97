package io.kawat.publish;

import io.kawat.platform.lifecycle.ServiceMain;

/** Runs the publish service alone: {@code java io.kawat.publish.PublishMain [kawat.yaml]}. */
public final class PublishMain {
    private PublishMain() {}

    public static void main(String[] args) throws InterruptedException {
        ServiceMain.run(args, "Publish", PublishSettings.all(), (config, base) -> PublishService.create(config));
    }
}
