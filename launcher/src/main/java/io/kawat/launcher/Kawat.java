package io.kawat.launcher;

import io.kawat.devstack.StackStartException;
import io.kawat.platform.SuppressForbidden;
import io.kawat.platform.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kawat} command line: run the whole pipeline, push wire files, read topics. */
@Command(
        name = "kawat",
        mixinStandardHelpOptions = true,
        version = "Kawat 0.1.0",
        description = "Kawat: wire stories in, publish-ready articles out.",
        subcommands = {UpCommand.class, IngestCommand.class, TailCommand.class, TopicsCommand.class})
public final class Kawat implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine(new Kawat());
        commandLine.setExecutionExceptionHandler((error, cmd, parsed) -> {
            if (error instanceof StackStartException || error instanceof ConfigException) {
                Console.error("kawat: " + error.getMessage());
                return 1;
            }
            throw error;
        });
        System.exit(commandLine.execute(args));
    }

    @SuppressForbidden(reason = "a command-line main: usage goes to the terminal")
    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
