package io.kawat.launcher.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

/**
 * The folder {@code kawat up} keeps everything in ({@code .kawat/} by default): the stack's data, service state,
 * drop folders, and the generated tokens in {@code secrets.properties} (owner-only permissions, never printed).
 */
public final class Home {
    private static final List<String> SAMPLES = List.of(
            "reuters/nato-blinken-brussels.xml",
            "voa/voa-world.rss",
            "euronews/euronews-news.mrss",
            "voa-id/voa-indonesia.rss");

    private final Path dir;

    public Home(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    public Path dir() {
        return dir;
    }

    public Path secretsFile() {
        return dir.resolve("secrets.properties");
    }

    /** The tokens of this installation, generated on first use. */
    public Properties secrets() {
        Path file = secretsFile();
        Properties secrets = new Properties();
        try {
            Files.createDirectories(dir);
            if (Files.exists(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    secrets.load(in);
                }
            }
            boolean changed = putIfAbsent(secrets, "push-token") | putIfAbsent(secrets, "operator-token");
            if (changed) {
                Files.deleteIfExists(file);
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                try (OutputStream out = Files.newOutputStream(file)) {
                    secrets.store(out, "Kawat tokens for this installation; keep private");
                }
            }
            return secrets;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write " + file, e);
        }
    }

    /** Copies the bundled sample wire files into the drop folders, once per installation. */
    public boolean installSamples() {
        Path marker = dir.resolve("inbox").resolve(".samples-installed");
        if (Files.exists(marker)) {
            return false;
        }
        try {
            for (String sample : SAMPLES) {
                Path target = dir.resolve("inbox").resolve(sample);
                Files.createDirectories(target.getParent());
                try (InputStream in = Home.class.getResourceAsStream("/io/kawat/launcher/samples/" + sample)) {
                    Files.copy(in, target);
                }
            }
            Files.createFile(marker);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot install the sample wire files into " + dir.resolve("inbox"), e);
        }
    }

    /** Writes the bundled development configuration into the home folder and returns its path. */
    public Path devConfig() {
        Path file = dir.resolve("kawat-dev.yaml");
        try (InputStream in = Home.class.getResourceAsStream("/io/kawat/launcher/kawat-dev.yaml")) {
            Files.createDirectories(dir);
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static boolean putIfAbsent(Properties secrets, String key) {
        if (secrets.getProperty(key) != null) {
            return false;
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        secrets.setProperty(key, HexFormat.of().formatHex(random));
        return true;
    }
}
