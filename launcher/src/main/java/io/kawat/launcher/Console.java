package io.kawat.launcher;

/** What the command line prints for people (logs go through SLF4J). */
final class Console {
    private Console() {}

    static void line(String text) {
        System.out.println(text);
        System.out.flush();
    }

    static void error(String text) {
        System.err.println(text);
        System.err.flush();
    }
}
