package io.kawat.bench.translate;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The "## Translation" section of {@code bench/RESULTS.md}, from {@code translation.json}; {@link #replaceIn} swaps it
 * into an existing file and leaves every other section as it was.
 */
public final class TranslationSection {
    static final String HEADING = "## Translation";
    private static final String NEXT = "## Profile of";
    private static final String ANALYSIS = "<!-- analysis -->";

    private TranslationSection() {}

    /** The section for the figures in {@code json}, or an empty string when the file is not there. */
    public static String render(Path json) throws IOException {
        if (!Files.exists(json)) {
            return "";
        }
        return render(new ObjectMapper().readValue(json.toFile(), TranslationFigures.class));
    }

    public static String render(TranslationFigures f) {
        StringBuilder md = new StringBuilder(HEADING).append("\n\n");
        md.append(fmt(
                "%d English stories of the bench generator (%,d texts: headline and paragraphs, %,d characters),"
                        + " %s, one engine call per story as the translate service makes it, one story after the other (`%s`)."
                        + " The baseline calls the command directly on the same texts in the same batches; Kawat's path is"
                        + " `TranslationService` (protected spans, batching, cache, concurrency limit); the replay sends the"
                        + " same stories again through the warm cache.%n%n",
                f.stories(), f.texts(), f.characters(), f.pair(), f.engine()));
        md.append("| pass | translated stories per second | characters/s | seconds |\n|---|---|---|---|\n");
        row(md, "engine called directly (baseline)", f.baseline());
        row(md, "Kawat, cold cache", f.cold());
        row(md, "Kawat, replay (warm cache)", f.replay());
        md.append(fmt(
                "%n- Kawat against the baseline: %.2f of the engine's own throughput (overhead ratio; 1 = no overhead)%n",
                f.ratio()));
        md.append(fmt(
                "- cold pass: %.1f translated stories per second, cache hit rate %.1f%% (texts repeated across stories)%n",
                f.cold().storiesPerSecond(), 100 * f.coldHitRate()));
        md.append(fmt(
                "- replay: %.1f translated stories per second, cache hit rate %.1f%%%n",
                f.replay().storiesPerSecond(), 100 * f.replayHitRate()));
        md.append(fmt("- texts left untranslated in the cold pass: %d%n%n", f.failedTexts()));
        return md.toString();
    }

    /**
     * {@code markdown} with its translation section replaced by {@code section}; without one, the section goes before
     * the profile (or the hand-written analysis, or the end).
     */
    public static String replaceIn(String markdown, String section) {
        int start = markdown.indexOf("\n" + HEADING + "\n");
        if (start >= 0) {
            int end = nextSection(markdown, start + 1 + HEADING.length());
            return markdown.substring(0, start + 1) + section + markdown.substring(end);
        }
        int at = markdown.indexOf("\n" + NEXT);
        if (at < 0) {
            at = markdown.indexOf("\n" + ANALYSIS);
        }
        if (at < 0) {
            return markdown + (markdown.endsWith("\n") ? "\n" : "\n\n") + section;
        }
        return markdown.substring(0, at + 1) + section + markdown.substring(at + 1);
    }

    private static int nextSection(String markdown, int from) {
        int next = markdown.indexOf("\n## ", from);
        int analysis = markdown.indexOf("\n" + ANALYSIS, from);
        int end = next < 0 ? analysis : analysis < 0 ? next : Math.min(next, analysis);
        return end < 0 ? markdown.length() : end + 1;
    }

    private static void row(StringBuilder md, String name, TranslationFigures.Pass pass) {
        md.append(fmt(
                "| %s | %.1f | %,.0f | %.2f |%n",
                name, pass.storiesPerSecond(), pass.charactersPerSecond(), pass.seconds()));
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
