package io.kawat.bench.translate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The baseline: the {@code apertium} command called directly, one process per story with the story's texts joined
 * by the same sentence-ending separator Kawat's Apertium adapter uses ({@code apertium -u -f txt eng-spa}); no
 * protected spans, no cache, no splitting back.
 */
public final class DirectApertium {
    private static final String SEPARATOR = "\n\n⁂KAWAT⁂\n\n";

    private final String command;
    private final String mode;

    public DirectApertium(String command, String mode) {
        this.command = command;
        this.mode = mode;
    }

    /** Translates the story's texts in one process; returns the characters of the output. */
    public long translate(BenchStory story) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command, "-u", "-f", "txt", mode)
                .redirectErrorStream(true)
                .start();
        CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        try (OutputStream in = process.getOutputStream()) {
            in.write(String.join(SEPARATOR, story.texts()).getBytes(StandardCharsets.UTF_8));
        }
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("apertium did not finish within 2 minutes");
        }
        if (process.exitValue() != 0) {
            throw new IOException("apertium exited with " + process.exitValue());
        }
        return new String(output.join(), StandardCharsets.UTF_8).length();
    }

    /** Translates every story, one after the other. */
    public long translateAll(List<BenchStory> stories) throws IOException, InterruptedException {
        long characters = 0;
        for (BenchStory story : stories) {
            characters += translate(story);
        }
        return characters;
    }

    private static byte[] readAll(InputStream stream) {
        try (stream) {
            return stream.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("reading apertium's output failed", e);
        }
    }
}
