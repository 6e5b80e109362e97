package io.kawat.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A child JVM (or any command) whose output goes to a log file, stopped with its descendants.
 * Registered in a shutdown hook so that Ctrl-C on the parent leaves nothing behind.
 */
public final class ChildProcess implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ChildProcess.class);

    private final String name;
    private final Process process;
    private final Path logFile;
    private final Thread shutdownHook;

    private ChildProcess(String name, Process process, Path logFile, boolean stopOnExit) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.shutdownHook = stopOnExit ? new Thread(this::stopQuietly, "stop-" + name) : null;
        if (shutdownHook != null) {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    /** Starts {@code command}, appending its output to {@code logFile}, stopped by a shutdown hook of its own. */
    public static ChildProcess start(
            String name, List<String> command, Map<String, String> env, Path workDir, Path logFile) {
        return start(name, command, env, workDir, logFile, true);
    }

    /**
     * Starts {@code command}; with {@code stopOnExit} false the caller stops it (e.g. after the services that use it,
     * in its own shutdown hook, since JVM shutdown hooks run concurrently).
     */
    public static ChildProcess start(
            String name,
            List<String> command,
            Map<String, String> env,
            Path workDir,
            Path logFile,
            boolean stopOnExit) {
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(env);
            Process process = builder.start();
            log.debug("Started {} (pid {}), log {}", name, process.pid(), logFile);
            return new ChildProcess(name, process, logFile, stopOnExit);
        } catch (IOException e) {
            throw new StackStartException("Could not start " + name + ": " + e.getMessage(), e);
        }
    }

    /** A command line that runs {@code mainClass} in a new JVM of the same Java as this one. */
    public static List<String> javaCommand(
            List<String> jvmOptions, String classPath, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(currentJava());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(args);
        return command;
    }

    /** A command line that runs an executable jar in a new JVM of the same Java as this one. */
    public static List<String> javaJarCommand(List<String> jvmOptions, Path jar) {
        List<String> command = new ArrayList<>();
        command.add(currentJava());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }

    /** The java executable running this JVM. */
    public static String currentJava() {
        return ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path logFile() {
        return logFile;
    }

    /** The last lines of the log, for error messages. */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Waits for the process to end by itself; the exit code, or -1 when it is still running after the timeout. */
    public int awaitExit(java.time.Duration timeout) {
        return waitFor((int) Math.max(1, timeout.toSeconds())) ? process.exitValue() : -1;
    }

    /** Kills the process at once (SIGKILL), as a crash would. */
    public void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        waitFor(10);
    }

    @Override
    public void close() {
        stopQuietly();
        if (shutdownHook == null) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run: nothing to remove
        }
    }

    private void stopQuietly() {
        if (!process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!waitFor(30)) {
            log.warn("{} (pid {}) did not stop in 30 s; killing it", name, process.pid());
            kill();
        }
    }

    private boolean waitFor(int seconds) {
        try {
            return process.waitFor(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
