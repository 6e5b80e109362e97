package io.kawat.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Assembles {@code docs/RELIABILITY.md} when a test run ends: the sections written by this run's suites
 * ({@link Figures}) replace their earlier text; sections of suites that did not run this time are kept as they were,
 * so running one suite alone never erases the others' figures. Registered through
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}.
 */
public final class FiguresReport implements TestExecutionListener {
    static final Path DOCUMENT = Path.of("..", "docs", "RELIABILITY.md");
    private static final Pattern SECTION =
            Pattern.compile("<!-- section (\\d{3}-[a-z0-9-]+) -->\\n(.*?)<!-- end -->\\n", Pattern.DOTALL);

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (!Files.isDirectory(Figures.DIRECTORY)) {
            return;
        }
        try {
            Map<String, String> fresh = newSections();
            Files.writeString(DOCUMENT, assemble(existingSections(), fresh, Instant.now()), StandardCharsets.UTF_8);
            for (String key : fresh.keySet()) {
                Files.delete(Figures.DIRECTORY.resolve(key + ".md"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String assemble(Map<String, String> existing, Map<String, String> fresh, Instant now) {
        Map<String, String> sections = new TreeMap<>(existing);
        sections.putAll(fresh);
        StringBuilder doc = new StringBuilder("""
                # Kawat reliability and security figures

                Written by the reliability suite (`reliability/`, run by the test command `./scripts/test`; alone:
                `mvn -B -pl reliability verify` after `mvn -B -q install -DskipTests`). Each section is rewritten when its suite runs;
                the date under a section says when. Faults are real: SIGKILL of service processes, a stopped and restarted
                broker and registry, bytes and documents an attacker could send, on the loopback interface.

                """);
        for (Map.Entry<String, String> section : sections.entrySet()) {
            String body = section.getValue().strip();
            if (fresh.containsKey(section.getKey())) {
                body = body + "\n\n_Run " + now.toString().substring(0, 19) + "Z._";
            }
            doc.append("<!-- section ")
                    .append(section.getKey())
                    .append(" -->\n")
                    .append(body)
                    .append("\n\n<!-- end -->\n\n");
        }
        return doc.toString().strip() + "\n";
    }

    static Map<String, String> parseSections(String document) {
        Map<String, String> sections = new LinkedHashMap<>();
        Matcher m = SECTION.matcher(document);
        while (m.find()) {
            sections.put(m.group(1), m.group(2));
        }
        return sections;
    }

    private static Map<String, String> existingSections() throws IOException {
        return Files.exists(DOCUMENT) ? parseSections(Files.readString(DOCUMENT, StandardCharsets.UTF_8)) : Map.of();
    }

    private static Map<String, String> newSections() throws IOException {
        Map<String, String> sections = new TreeMap<>();
        try (Stream<Path> files = Files.list(Figures.DIRECTORY)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".md"))
                    .toList()) {
                String name = file.getFileName().toString();
                sections.put(name.substring(0, name.length() - 3), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return sections;
    }
}
