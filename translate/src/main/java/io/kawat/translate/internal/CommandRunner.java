package io.kawat.translate.internal;

import io.kawat.translate.TranslationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an external command with a time limit. Input, output and errors go through temporary files, so a chatty
 * command can never block on a full pipe; a command that overruns is killed together with its children (the
 * {@code apertium} script is a shell pipeline of several programs).
 */
final class CommandRunner {
    private static final Logger LOG = LoggerFactory.getLogger(CommandRunner.class);
    private static final int STDERR_EXCERPT = 300;

    private CommandRunner() {}

    /** Standard output of the command fed {@code input}; throws when it fails or overruns. */
    static String run(List<String> command, String input, Duration timeout) throws TranslationException {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("kawat-translate-");
            Path in = Files.writeString(dir.resolve("in.txt"), input, StandardCharsets.UTF_8);
            Path out = dir.resolve("out.txt");
            Path err = dir.resolve("err.txt");
            Process process = new ProcessBuilder(command)
                    .redirectInput(in.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            await(process, command, timeout);
            if (process.exitValue() != 0) {
                throw new TranslationException(
                        command.get(0) + " exited with " + process.exitValue() + ": "
                                + excerpt(Files.readString(err, StandardCharsets.UTF_8)),
                        false);
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TranslationException("cannot run " + command.get(0) + ": " + e.getMessage(), true, e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void await(Process process, List<String> command, Duration timeout) throws TranslationException {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                throw new TranslationException(command.get(0) + " did not finish within " + timeout + "; killed", true);
            }
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new TranslationException(command.get(0) + " was interrupted; killed", true, e);
        }
    }

    /** Kills the process and every descendant (children first, so none is re-parented and left running). */
    static void kill(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        descendants.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static String excerpt(String stderr) {
        String trimmed = stderr.strip();
        return trimmed.length() <= STDERR_EXCERPT ? trimmed : trimmed.substring(0, STDERR_EXCERPT) + "...";
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(dir);
        } catch (IOException | UncheckedIOException e) {
            // a leftover temporary file must not turn a good translation into a failure; say so and move on
            LOG.warn("Cannot delete temporary folder {}: {}", dir, e.toString());
        }
    }
}
