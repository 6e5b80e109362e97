package io.kawat.architecture.broken.stacktest;

import io.kawat.architecture.broken.stack.internal.Launcher;

/** Purpose-made violation of rule (c): a test outside the stack module uses the stack's internal package. */
public final class UsesStackInternals {
    public static String start() {
        return Launcher.start();
    }
}
