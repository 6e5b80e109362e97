package io.kawat.console;

import io.kawat.platform.lifecycle.ServiceMain;

/** Runs the console alone: {@code java io.kawat.console.ConsoleMain [kawat.yaml]}. */
public final class ConsoleMain {
    private ConsoleMain() {}

    public static void main(String[] args) throws InterruptedException {
        ServiceMain.run(args, "console", ConsoleSettings.all(), (config, base) -> new ConsoleService(config));
    }
}
