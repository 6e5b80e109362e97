package io.kawat.devstack.internal;

import io.kawat.devstack.StackStartException;
import io.kawat.devstack.Versions;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Finds the Apicurio Registry distribution in the local Maven repository (the build fetches it) and unpacks it once
 * into a cache folder.
 */
public final class Distribution {
    private Distribution() {}

    /** The runner jar, unpacked on first use. */
    public static synchronized Path apicurioRunner(Path cacheDir) {
        String version = Versions.apicurio();
        Path home = cacheDir.resolve("apicurio-registry-" + version);
        Path runner = home.resolve("apicurio-registry-app-" + version + "-runner.jar");
        if (Files.exists(runner)) {
            return runner;
        }
        Path archive = localRepository()
                .resolve("io/apicurio/apicurio-registry-app/" + version + "/apicurio-registry-app-" + version
                        + "-all.tar.gz");
        if (!Files.exists(archive)) {
            throw new StackStartException(
                    "Missing artifact " + archive + ": run `mvn -B dependency:get -Dtransitive=false"
                            + " -Dartifact=io.apicurio:apicurio-registry-app:" + version
                            + ":tar.gz:all` (the build does this)");
        }
        unpack(archive, home);
        return runner;
    }

    private static void unpack(Path archive, Path home) {
        Path partial = home.resolveSibling(home.getFileName() + ".partial");
        try {
            Files.createDirectories(partial);
            Process tar = new ProcessBuilder(List.of("tar", "-xzf", archive.toString(), "-C", partial.toString()))
                    .redirectErrorStream(true)
                    .start();
            String output;
            try (InputStream in = new BufferedInputStream(tar.getInputStream())) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!tar.waitFor(5, TimeUnit.MINUTES) || tar.exitValue() != 0) {
                throw new StackStartException("Could not unpack " + archive + ": " + output);
            }
            Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StackStartException("Could not unpack " + archive + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackStartException("Interrupted while unpacking " + archive, e);
        }
    }

    private static Path localRepository() {
        String configured = System.getProperty("maven.repo.local", System.getenv("KAWAT_MAVEN_REPO"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".m2", "repository");
    }
}
