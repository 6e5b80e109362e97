package io.kawat.launcher.internal;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code kawat up} says at start about translation: which editions an engine translates from English, which
 * stay untranslated (the English text with a note) and how to change that. Apertium is the one offline engine a
 * Debian machine can install; its language pairs are Debian packages.
 */
public final class EngineCheck {
    /** The Debian package of each edition's Apertium pair from English. */
    static final Map<String, String> APERTIUM_PAIRS = Map.of("es", "apertium-eng-spa", "ca", "apertium-eng-cat");

    private EngineCheck() {}

    /**
     * One line: {@code coverage} maps each edition (other than English) to the engines that translate into it.
     *
     * @param apertiumFound whether the Apertium executable is on the PATH
     */
    public static String line(Map<String, List<String>> coverage, boolean apertiumFound) {
        List<String> translated = new ArrayList<>();
        List<String> untranslated = new ArrayList<>();
        coverage.forEach((edition, engines) -> {
            if (engines.isEmpty()) {
                untranslated.add(edition);
            } else {
                translated.add(edition + " by " + String.join(", then ", engines));
            }
        });
        Map<String, String> packages = pairPackages(coverage);
        if (untranslated.isEmpty()) {
            return "Translation: "
                    + (translated.isEmpty() ? "no edition besides English" : String.join("; ", translated));
        }
        StringBuilder line = new StringBuilder("Translation: edition");
        line.append(untranslated.size() > 1 ? "s " : " ")
                .append(String.join(", ", untranslated))
                .append(" stay")
                .append(untranslated.size() > 1 ? "" : "s")
                .append(" untranslated (English text with a note)");
        if (!translated.isEmpty()) {
            line.append("; ").append(String.join("; ", translated));
        }
        if (!packages.isEmpty()) {
            line.append(". For ")
                    .append(String.join(", ", packages.keySet()))
                    .append(apertiumFound ? " install the Apertium pair: " : ": Apertium is not installed: ")
                    .append("sudo apt-get install -y ")
                    .append(String.join(" ", packagesFor(coverage, apertiumFound)))
                    .append(" (or ./kawat up --install-engines)");
        }
        List<String> rest =
                untranslated.stream().filter(e -> !packages.containsKey(e)).toList();
        if (!rest.isEmpty()) {
            line.append(". For ")
                    .append(String.join(", ", rest))
                    .append(" no offline engine exists here: set translation.openai.url (an OpenAI-compatible model),"
                            + " translation.libretranslate.url or translation.deepl.auth-key");
        }
        return line.toString();
    }

    /** The Debian packages that would give these untranslated editions an Apertium engine. */
    public static List<String> packagesFor(Map<String, List<String>> coverage, boolean apertiumFound) {
        List<String> out = new ArrayList<>(pairPackages(coverage).values());
        if (!out.isEmpty() && !apertiumFound) {
            out.add(0, "apertium");
        }
        return out;
    }

    /** Each untranslated edition that has an Apertium pair, with the pair's package, by edition. */
    private static Map<String, String> pairPackages(Map<String, List<String>> coverage) {
        Map<String, String> packages = new TreeMap<>();
        coverage.forEach((edition, engines) -> {
            if (engines.isEmpty() && APERTIUM_PAIRS.containsKey(edition)) {
                packages.put(edition, APERTIUM_PAIRS.get(edition));
            }
        });
        return packages;
    }

    /** Whether {@code command} is an executable path or found on the PATH. */
    public static boolean onPath(String command) {
        if (command.contains(File.separator)) {
            return Files.isExecutable(Path.of(command));
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
