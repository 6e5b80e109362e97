package io.kawat.launcher;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kawat} command line: run the whole pipeline, push wire files, read topics. */
@Command(name = "kawat", mixinStandardHelpOptions = true, version = "Kawat 0.1.0",
        description = "Kawat: wire stories in, publish-ready articles out.",
        subcommands = {UpCommand.class, IngestCommand.class, TailCommand.class, TopicsCommand.class})
public final class Kawat implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Kawat()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
