package io.kawat.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One section of {@code docs/RELIABILITY.md}: a suite writes what it tried and what it found as Markdown lines, then
 * {@link #write()} stores them under {@code target/figures/<order>-<id>.md}. {@link FiguresReport} assembles the
 * sections into the document when the test run ends. Figures are written so that they can be read back, e.g.
 * "lost 0", "duplicates 0", "N crashes injected", "N hostile-input cases".
 *
 * <pre>{@code
 * Figures.section(10, "crashes", "Crashes during a 20,000-story replay")
 *     .line("- %,d crashes injected", kills)
 *     .table(List.of("topic", "expected", "lost", "duplicates"), rows)
 *     .write();
 * }</pre>
 */
public final class Figures {
    static final Path DIRECTORY = Path.of("target", "figures");

    private final int order;
    private final String id;
    private final List<String> lines = new ArrayList<>();

    private Figures(int order, String id, String title) {
        this.order = order;
        this.id = id;
        lines.add("## " + title);
        lines.add("");
    }

    /** A section; {@code order} places it in the document (10 crashes, 20 restarts, 30 poison pills, ...). */
    public static Figures section(int order, String id, String title) {
        if (!id.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("section id must be lower-case letters, digits and dashes: " + id);
        }
        return new Figures(order, id, title);
    }

    /** A line of Markdown, formatted with {@link String#format} when arguments are given. */
    public Figures line(String markdown, Object... args) {
        lines.add(args.length == 0 ? markdown : String.format(java.util.Locale.ROOT, markdown, args));
        return this;
    }

    /** A Markdown table; cells are escaped for pipes and line breaks. */
    public Figures table(List<String> header, List<List<?>> rows) {
        lines.add("");
        lines.add(row(header));
        lines.add(row(header.stream().map(h -> "---").toList()));
        for (List<?> r : rows) {
            lines.add(row(r));
        }
        lines.add("");
        return this;
    }

    /** Stores the section for {@link FiguresReport}; returns the file written. */
    public Path write() {
        try {
            Files.createDirectories(DIRECTORY);
            Path file = DIRECTORY.resolve(String.format(java.util.Locale.ROOT, "%03d-%s.md", order, id));
            Files.writeString(file, String.join("\n", lines).strip() + "\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String row(List<?> cells) {
        StringBuilder b = new StringBuilder("|");
        for (Object cell : cells) {
            b.append(' ')
                    .append(String.valueOf(cell).replace("|", "\\|").replace("\n", " "))
                    .append(" |");
        }
        return b.toString();
    }
}
