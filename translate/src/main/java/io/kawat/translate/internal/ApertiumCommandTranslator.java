package io.kawat.translate.internal;

import io.kawat.translate.TranslationException;
import io.kawat.translate.Translator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Apertium through its command line ({@code apertium -u -f txt|html eng-spa}), one process per batch.
 *
 * <p>A batch is joined with a separator Apertium leaves alone and that ends a sentence, so no transfer rule reaches
 * across two texts (checked: "I like the red" + "cars are fast" stays two sentences): a line {@value #PLAIN_SEPARATOR}
 * between blank lines for plain text, an {@code <hr>} element for HTML fragments (translated with {@code -f html},
 * which leaves tags alone). When the output does not split back into as many texts, each text is translated alone.
 * {@code -u} drops the {@code *} Apertium puts before unknown words. Installed pairs come from {@code apertium -l}.
 */
public final class ApertiumCommandTranslator implements Translator {
    public static final String ENGINE = "apertium";
    static final String PLAIN_SEPARATOR = "⁂KAWAT⁂";
    private static final String HTML_SEPARATOR = "<hr class=\"kawat-separator\">";
    private static final Pattern HTML_SPLIT = Pattern.compile("<hr class=\"kawat-separator\"\\s*/?>");
    private static final Duration RELIST_AFTER_FAILURE = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(ApertiumCommandTranslator.class);

    private final String command;
    private final Duration timeout;
    private final CachedLookup<Set<String>> modes;

    /**
     * @param command the {@code apertium} executable (a name on the PATH or a path)
     * @param timeout longest run of one process; an overrunning process is killed
     */
    public ApertiumCommandTranslator(String command, Duration timeout) {
        this.command = command;
        this.timeout = timeout;
        this.modes = new CachedLookup<>(
                "installed Apertium pairs", this::listModes, Duration.ofHours(1), RELIST_AFTER_FAILURE);
    }

    @Override
    public String engine() {
        return ENGINE;
    }

    @Override
    public boolean supports(String from, String to) {
        return mode(from, to).isPresent();
    }

    @Override
    public List<String> translate(List<String> texts, String from, String to) throws TranslationException {
        String mode = mode(from, to)
                .orElseThrow(
                        () -> new TranslationException("Apertium has no installed pair " + from + "-" + to, false));
        return FormatGroups.translate(ENGINE, texts, (group, html) -> translateGroup(group, html, mode));
    }

    private List<String> translateGroup(List<String> texts, boolean html, String mode) throws TranslationException {
        boolean separable = texts.size() > 1
                && texts.stream().noneMatch(t -> t.contains(PLAIN_SEPARATOR) || t.contains("kawat-separator"));
        if (separable) {
            String joined = String.join(html ? "\n" + HTML_SEPARATOR + "\n" : "\n\n" + PLAIN_SEPARATOR + "\n\n", texts);
            String output = run(mode, html, joined);
            String[] parts = html ? HTML_SPLIT.split(output, -1) : output.split(Pattern.quote(PLAIN_SEPARATOR), -1);
            if (parts.length == texts.size()) {
                List<String> result = new ArrayList<>(texts.size());
                for (int j = 0; j < parts.length; j++) {
                    result.add(WhitespaceRepair.repair(texts.get(j), parts[j], html));
                }
                return result;
            }
            LOG.warn(
                    "Apertium returned {} parts for a batch of {} texts; translating them one by one",
                    parts.length,
                    texts.size());
        }
        List<String> result = new ArrayList<>(texts.size());
        for (String text : texts) {
            result.add(WhitespaceRepair.repair(text, run(mode, html, text), html));
        }
        return result;
    }

    private String run(String mode, boolean html, String input) throws TranslationException {
        return CommandRunner.run(List.of(command, "-u", "-f", html ? "html" : "txt", mode), input, timeout);
    }

    private Optional<String> mode(String from, String to) {
        Set<String> installed = modes.get().orElse(Set.of());
        Optional<String> three = LanguageCodes.threeLetter(from)
                .flatMap(f -> LanguageCodes.threeLetter(to).map(t -> f + "-" + t))
                .filter(installed::contains);
        if (three.isPresent()) {
            return three;
        }
        // older language pairs are named with two-letter codes (en-es)
        String two = LanguageCodes.base(from) + "-" + LanguageCodes.base(to);
        return installed.contains(two) ? Optional.of(two) : Optional.empty();
    }

    private Set<String> listModes() throws TranslationException {
        String listing = CommandRunner.run(List.of(command, "-l"), "", timeout);
        return listing.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public String toString() {
        return "ApertiumCommandTranslator[" + command + "]";
    }
}
