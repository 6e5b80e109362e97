package io.kawat.training.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a CoNLL-style file (a token and its tag per line, the tag last; a blank line between sentences;
 * "-DOCSTART-" between documents) with IOB1 or IOB2 tags, mapping the corpus' types to Kawat's: PER / person to
 * PERSON, ORG / corporation / group to ORGANISATION, LOC / location to PLACE. Other types (MISC, product,
 * creative-work) are not names Kawat types, so they read as outside.
 */
public final class Conll {

    static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("PER", "PERSON"),
            Map.entry("PERSON", "PERSON"),
            Map.entry("person", "PERSON"),
            Map.entry("ORG", "ORGANISATION"),
            Map.entry("ORGANISATION", "ORGANISATION"),
            Map.entry("corporation", "ORGANISATION"),
            Map.entry("group", "ORGANISATION"),
            Map.entry("LOC", "PLACE"),
            Map.entry("PLACE", "PLACE"),
            Map.entry("location", "PLACE"));

    private Conll() {}

    /** The sentences of a file. */
    public static List<NerSentence> read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The sentences of some lines; a document per "-DOCSTART-", else a document per sentence. */
    public static List<NerSentence> parse(List<String> lines) {
        boolean documents = lines.stream().anyMatch(l -> l.startsWith("-DOCSTART-"));
        List<NerSentence> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        int document = documents ? -1 : 0;
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.startsWith("-DOCSTART-")) {
                flush(out, tokens, tags, document);
                document++;
                continue;
            }
            if (trimmed.isEmpty()) {
                if (flush(out, tokens, tags, document) && !documents) {
                    document++;
                }
                continue;
            }
            String[] fields = trimmed.split("\\s+");
            tokens.add(fields[0]);
            tags.add(fields.length > 1 ? fields[fields.length - 1] : "O");
        }
        flush(out, tokens, tags, document);
        return out;
    }

    private static boolean flush(List<NerSentence> out, List<String> tokens, List<String> tags, int document) {
        if (tokens.isEmpty()) {
            return false;
        }
        out.add(new NerSentence(List.copyOf(tokens), decode(tags), Math.max(document, 0)));
        tokens.clear();
        tags.clear();
        return true;
    }

    /** Names of an IOB1 or IOB2 tag sequence. */
    static List<NerSentence.Name> decode(List<String> tags) {
        List<NerSentence.Name> names = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String prefix = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(0, 1) : "O";
            String raw = prefix.equals("O") ? null : tag.substring(2);
            String mapped = raw == null ? null : TYPES.get(raw);
            boolean continues = prefix.equals("I") && raw != null && raw.equals(rawOf(tags, i - 1));
            if (type != null && !continues) {
                names.add(new NerSentence.Name(start, i, type));
                type = null;
            }
            if (raw != null && !continues) {
                start = i;
                type = mapped;
            }
        }
        return names;
    }

    private static String rawOf(List<String> tags, int i) {
        if (i < 0) {
            return null;
        }
        String tag = tags.get(i);
        return tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : null;
    }
}
