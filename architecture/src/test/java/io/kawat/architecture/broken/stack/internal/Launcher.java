package io.kawat.architecture.broken.stack.internal;

/** Purpose-made: an internal class of the stand-in dev stack. */
public final class Launcher {
    public static String start() {
        return "started";
    }
}
