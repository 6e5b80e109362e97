package io.kawat.launcher;

import io.kawat.platform.SuppressForbidden;

/** What the command line prints for people (logs go through SLF4J). */
final class Console {
    private Console() {}

    @SuppressForbidden(reason = "the command line prints for people")
    static void line(String text) {
        System.out.println(text);
        System.out.flush();
    }

    @SuppressForbidden(reason = "the command line prints for people")
    static void error(String text) {
        System.err.println(text);
        System.err.flush();
    }
}
